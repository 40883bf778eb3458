package claim

import (
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestDocHoldsNoTokens: Extract hands the document's token array to the
// next document (lexicon.tokenizers), so nothing it returns may reach a
// token or the analysis that holds them; a field that did would see its
// tokens overwritten.
func TestDocHoldsNoTokens(t *testing.T) {
	banned := map[reflect.Type]string{
		reflect.TypeFor[text.Token]():     "text.Token",
		reflect.TypeFor[docInfo]():        "docInfo",
		reflect.TypeFor[text.Tokenizer](): "text.Tokenizer",
	}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, path string) {
		if name, ok := banned[ty]; ok {
			t.Errorf("claim.Doc reaches a %s through %s", name, path)
			return
		}
		if seen[ty] {
			return
		}
		seen[ty] = true
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			walk(ty.Elem(), path+"[]")
		case reflect.Map:
			walk(ty.Key(), path+"{key}")
			walk(ty.Elem(), path+"{}")
		case reflect.Struct:
			for i := range ty.NumField() {
				f := ty.Field(i)
				walk(f.Type, path+"."+f.Name)
			}
		case reflect.Interface, reflect.Func:
			t.Errorf("claim.Doc holds %s at %s, which could reach tokens", ty.Kind(), path)
		}
	}
	walk(reflect.TypeFor[Doc](), "Doc")
}
