package document

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseMap(t *testing.T) {
	tests := []struct {
		name  string
		specs []string
		want  map[string]string
		diags []string // where() of each diagnostic
		msg   string   // a fragment the first message must hold
	}{
		{"nested body", []string{"text=article.body"}, map[string]string{"text": "article.body"}, nil, ""},
		{"several fields", []string{"text=article.body", "published=meta.pubDate", " Title = headline.main "},
			map[string]string{"text": "article.body", "published": "meta.pubDate", "title": "headline.main"}, nil, ""},
		{"gjson path with equals", []string{"id=ids.#(kind==\"doi\").value"},
			map[string]string{"id": `ids.#(kind=="doi").value`}, nil, ""},
		{"no equals", []string{"article.body"}, map[string]string{}, []string{"error bad-map-spec"}, "no '='"},
		{"empty path", []string{"text="}, map[string]string{}, []string{"error bad-map-spec text"}, "both a field and a path"},
		{"json name instead of field", []string{"body=article.body"}, map[string]string{},
			[]string{"error unknown-map-field body"}, `did you mean "text"?`},
		{"date instead of published", []string{"pubDate=meta.date"}, map[string]string{},
			[]string{"error unknown-map-field pubdate"}, `did you mean "published"?`},
		{"typo", []string{"titel=hed"}, map[string]string{}, []string{"error unknown-map-field titel"}, `did you mean "title"?`},
		{"nothing close", []string{"sentiment=score"}, map[string]string{}, []string{"error unknown-map-field sentiment"}, "unknown field"},
		{"twice", []string{"text=a", "text=b"}, map[string]string{"text": "b"}, []string{"warning bad-map-spec text"}, `using "b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := ParseMap(tt.specs)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("map = %v, want %v", got, tt.want)
			}
			if w := wheres(diags); !reflect.DeepEqual(w, tt.diags) && !(len(w) == 0 && len(tt.diags) == 0) {
				t.Errorf("diagnostics = %q, want %q", w, tt.diags)
			}
			if tt.msg != "" && (len(diags) == 0 || !strings.Contains(diags[0].Message, tt.msg)) {
				t.Errorf("first message = %v, want it to contain %q", diags, tt.msg)
			}
		})
	}
}

func TestLoadReportsUnknownMapKey(t *testing.T) {
	docs, diags := Load("in.json", []byte(`[{"text": "Nine people were killed."}]`),
		Options{Map: map[string]string{"headline": "hed"}})
	if len(docs) != 1 {
		t.Fatalf("got %d docs, want 1", len(docs))
	}
	if w := wheres(diags); !reflect.DeepEqual(w, []string{"in.json error unknown-map-field headline"}) {
		t.Errorf("diagnostics = %q", w)
	}
}
