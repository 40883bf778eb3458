package document

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// fuzzNames are the inputs FuzzLoad's selector picks from; "-" sniffs.
var fuzzNames = []string{"in.json", "in.jsonl", "in.txt", "in.md", "in.html", "-"}

func FuzzLoad(f *testing.F) {
	seeds := []string{
		`[{"id": "a", "title": "Moscow", "publishedAt": "2024-03-24T10:00:00Z", "text": "At least 133 people were killed."}]`,
		`{"articles": [{"source": {"name": "Arab News"}, "content": "<p>Al-Masri was killed on Aug.&nbsp;7.</p>"}]}`,
		"{\"text\": \"39 dead\"}\n{\"text\": 39}\n{\"text\": \"cut\n",
		`{"response": {"results": [{"body": ["Gunmen opened fire.", "137 died."], "date": "March 24, 2024"}]}}`,
		"<html><head><title>ISIS-K</title><meta property=\"article:published_time\" content=\"2024-03-24\"></head><body><script>x=1</script><p>Killing scores.</p></body></html>",
		"---\ntitle: The Rise of Islamic State Khorasan\ndate: 2024-05-05\n---\nISKP recruits.\n",
		"# Uzbek Security Chief\r\n\r\nThe conference is held on September 4 and 5.\x00\xff",
		`[{"id": "x", "text": "a"}, {"id": "x", "text": "b"}, "c", {"text": ""}]`,
		"[\n  {\"text\": \"39\"},\n]",
		"\xff\xfe[\x00{\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x003\x00}\x00]\x00",
		"[\x00{\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00a\x00\"\x00}\x00]\x00",
	}
	for _, name := range []string{"testdata/corpus.json", "testdata/feed.jsonl", "testdata/article.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	for i, s := range seeds {
		f.Add([]byte(s), uint8(i), "")
	}
	f.Add([]byte(`[{"article": {"body": "39 dead"}}]`), uint8(0), "article.body")
	f.Fuzz(func(t *testing.T, data []byte, sel uint8, textPath string) {
		opt := Options{}
		if textPath != "" {
			opt.Map = map[string]string{"text": textPath}
		}
		name := fuzzNames[int(sel)%len(fuzzNames)]
		docs, diags := Load(name, data, opt)
		ids := map[string]bool{}
		for _, d := range docs {
			if strings.TrimSpace(d.Text) == "" {
				t.Errorf("document %q has no text", d.ID)
			}
			if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) || strings.Contains(d.Text, "\r\n") {
				t.Errorf("document %q text not normalised: %q", d.ID, d.Text)
			}
			if d.ID == "" || ids[d.ID] {
				t.Errorf("id %q empty or repeated", d.ID)
			}
			ids[d.ID] = true
			if d.Origin == "" {
				t.Errorf("document %q has no origin", d.ID)
			}
		}
		// Offsets count in the bytes given; lines and columns in the text
		// as decoded, which for UTF-8 is the same text.
		src, enc := decodeUnicode(data)
		for _, d := range diags {
			if d.Message == "" || d.Code == "" {
				t.Errorf("diagnostic without message or code: %+v", d)
			}
			if d.Line != 0 && (d.Line < 1 || d.Col < 1) || d.Line == 0 && d.Col != 0 {
				t.Errorf("bad position %d:%d in %+v", d.Line, d.Col, d)
			}
			if d.Offset < 0 || d.Offset > len(data) {
				t.Errorf("offset %d outside input of %d bytes", d.Offset, len(data))
			}
			if d.Line > 0 && enc == "" {
				if line, col := diag.LineCol(src, d.Offset); line != d.Line || col != d.Col {
					t.Errorf("offset %d is %d:%d, diagnostic says %d:%d", d.Offset, line, col, d.Line, d.Col)
				}
			}
			if d.Line > 0 && enc != "" {
				if last, _ := diag.LineCol(src, len(src)); d.Line > last {
					t.Errorf("line %d past the decoded text's %d lines", d.Line, last)
				}
			}
		}
	})
}
