package text

import (
	"strings"
	"testing"
)

// FuzzCase holds IsUpper and IsLower to the strings.ToUpper and
// strings.ToLower comparisons they replace.
func FuzzCase(f *testing.F) {
	for _, s := range []string{"", "ISWAP", "Quetta", "QUETTA,", "İSTANBUL", "ǅ", "ß", "\xff", "A\xffB", "\uFFFD", "ÉTÉ", "été", "ﬁ", "Σ", "σς"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", s, got, want)
		}
		if got, want := IsLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("IsLower(%q) = %v, want %v", s, got, want)
		}
	})
}
