package document

import (
	"reflect"
	"strings"
	"testing"
)

// TestLoadErrors pins each kind of problem to its file, line, column,
// record and field.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		opt            Options
		diags          []string // where() of each diagnostic, in order
		ids            []string // ids of the documents that still load
	}{
		{"trailing comma in array", "corpus.json",
			"[\n  {\"text\": \"39 people dead\"},\n]\n", Options{},
			[]string{"corpus.json:3:1 error json-syntax"}, nil},
		{"missing comma between records", "corpus.json",
			"[\n  {\"text\": \"39 dead\"}\n  {\"text\": \"40 dead\"}\n]", Options{},
			[]string{"corpus.json:3:3 error json-syntax"}, nil},
		{"cut off", "corpus.json", "[{\"text\": \"39 dead\"}", Options{},
			[]string{"corpus.json:1:21 error json-syntax"}, nil},
		{"bare word value", "corpus.json", "{\"text\": killed}", Options{},
			[]string{"corpus.json:1:10 error json-syntax"}, nil},
		{"two objects in a .json file", "corpus.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", Options{},
			[]string{"corpus.json:2:1 error json-syntax"}, nil},
		{"records that are not objects", "corpus.json",
			"[\n  {\"text\": \"39 dead\"},\n  \"40 dead\",\n  42\n]", Options{},
			[]string{"corpus.json:3:3 error record-not-object /1", "corpus.json:4:3 error record-not-object /2"},
			[]string{"auto"}},
		{"top-level string", "corpus.json", `  "39 dead"`, Options{},
			[]string{"corpus.json:1:3 error record-not-object"}, nil},
		{"missing text", "corpus.json",
			"{\"documents\": [\n  {\"id\": \"a\", \"text\": \"39 dead\"},\n  {\"id\": \"b\", \"title\": \"Moscow\"}\n]}", Options{},
			[]string{"corpus.json:3:3 error missing-text /documents/1 text"}, []string{"a"}},
		{"empty text", "corpus.json", "[{\"id\": \"a\",\n  \"text\": \"  \"}]", Options{},
			[]string{"corpus.json:2:11 error missing-text /0 text"}, nil},
		{"text only markup", "corpus.json", `[{"text": "<script>var killed = 39;</script>"}]`, Options{},
			[]string{"corpus.json:1:11 error missing-text /0 text"}, nil},
		{"text is a number", "corpus.json", "[{\"id\": \"a\",\n  \"text\": 39}]", Options{},
			[]string{"corpus.json:2:11 error field-type /0 text"}, nil},
		{"mapped text is an object", "corpus.json",
			"[{\"article\": {\"body\": \"39 dead\"}}]", Options{Map: map[string]string{"text": "article"}},
			[]string{"corpus.json:1:14 error field-type /0 article"}, nil},
		{"title is a number", "corpus.json", `[{"title": 39, "text": "39 dead"}]`, Options{},
			[]string{"corpus.json:1:12 warning field-type /0 title"}, []string{"auto"}},
		{"duplicate ids", "corpus.json",
			"[\n {\"id\": \"x\", \"text\": \"a\"},\n {\"id\": \"x\", \"text\": \"b\"},\n {\"id\": \"x#2\", \"text\": \"c\"}\n]", Options{},
			[]string{"corpus.json:3:2 warning duplicate-id /1 id"}, []string{"x", "x#3", "x#2"}},
		{"unreadable date", "corpus.json", "[{\"text\": \"a\",\n \"date\": \"last Friday\"}]", Options{},
			[]string{"corpus.json:2:10 warning bad-date /0 date"}, []string{"auto"}},
		{"invalid UTF-8 and NUL", "corpus.json", "[{\"text\": \"39 \xff dead\\u0000\"}]", Options{},
			[]string{"corpus.json:1:2 warning bad-utf8 /0"}, []string{"auto"}},
		{"empty file", "corpus.json", "", Options{}, []string{"corpus.json error empty-input"}, nil},
		{"blank stdin", "-", " \n\t\n", Options{}, []string{"<stdin> error empty-input"}, nil},
		{"empty array", "corpus.json", "[ ]", Options{}, []string{"corpus.json:1:1 warning empty-input"}, nil},
		{"empty wrapper", "corpus.json", `{"articles": []}`, Options{},
			[]string{"corpus.json:1:14 warning empty-input /articles"}, nil},
		{"too deep", "corpus.json", strings.Repeat("[", 600), Options{},
			[]string{"corpus.json:1:513 error json-too-deep"}, nil},
		{"unknown format", "corpus.json", `[{"text": "a"}]`, Options{Format: "xml"},
			[]string{"corpus.json error bad-format"}, []string{"auto"}},
		{"mapping that matches nothing", "corpus.json", `[{"text": "a"}]`, Options{Map: map[string]string{"published": "meta.date"}},
			[]string{"corpus.json warning unmatched-map published"}, []string{"auto"}},
		{"empty html", "page.html", "<html><head><title>x</title></head><body><script>x()</script></body></html>", Options{},
			[]string{"page.html error missing-text text"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := Load(tt.file, []byte(tt.in), tt.opt)
			if got := wheres(diags); !reflect.DeepEqual(got, tt.diags) {
				t.Errorf("diagnostics\n got %q\nwant %q\n%s", got, tt.diags, diags.Error())
			}
			var ids []string
			for _, d := range docs {
				if d.ID == ContentID(&d) {
					d.ID = "auto"
				}
				ids = append(ids, d.ID)
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("ids = %q, want %q", ids, tt.ids)
			}
			for _, d := range diags {
				if d.Message == "" {
					t.Errorf("%s has no message", where(d))
				}
			}
		})
	}
}

func TestLoadMessages(t *testing.T) {
	tests := []struct{ name, file, in, want string }{
		{"syntax", "c.json", "[1,]", `c.json:1:4: error: invalid JSON: invalid character ']' looking for beginning of value [json-syntax]`},
		{"jsonl hint", "c.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}", "hint: one value per line is JSON Lines"},
		{"missing text hint", "c.json", `[{"title": "Moscow", "story": {"full": "` + strings.Repeat("Gunmen opened fire. ", 10) + `"}}]`,
			"(tried text, body, content, article, description) [missing-text] (hint: map the text with --map text=story.full)"},
		{"duplicate", "c.json", `[{"id": "x", "text": "a"}, {"id": "x", "text": "b"}]`,
			`id "x" is also used by c.json:/0; renamed to "x#2"`},
		{"unknown wrapper", "c.json", `{"posts": [{"text": "39 dead"}]}`,
			`(hint: if the documents are the array under "posts", put them under "documents")`},
		{"bad date left out", "c.json", `[{"text": "a", "published": "Friday"}]`, `publication date "Friday" not read; relative dates in this document ("last year", "on Friday") are left unresolved [bad-date]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load(tt.file, []byte(tt.in), Options{})
			if !strings.Contains(diags.Error(), tt.want) {
				t.Errorf("messages\n%s\nwant them to contain %q", diags.Error(), tt.want)
			}
		})
	}
}
