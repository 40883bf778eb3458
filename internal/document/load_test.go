package document

import (
	"reflect"
	"testing"
)

// brief is the part of a document most tests compare.
type brief struct{ ID, Title, Outlet, Published, Text, Origin string }

func briefs(docs []Document) []brief {
	out := make([]brief, len(docs))
	for i, d := range docs {
		out[i] = brief{d.ID, d.Title, d.Outlet, d.Published, d.Text, d.Origin}
	}
	return out
}

func TestLoadShapes(t *testing.T) {
	tests := []struct {
		name, file, in string
		opt            Options
		want           []brief
	}{
		{"array of objects", "corpus.json",
			`[{"id": "a1", "title": "Moscow concert hall attack", "text": "At least 133 people were killed."},
			  {"id": "a2", "text": "The death toll rose to 137."}]`, Options{},
			[]brief{{"a1", "Moscow concert hall attack", "", "", "At least 133 people were killed.", "corpus.json:/0"},
				{"a2", "", "", "", "The death toll rose to 137.", "corpus.json:/1"}}},
		{"documents wrapper", "corpus.json",
			`{"documents": [{"text": "The massacre left 39 people dead."}]}`, Options{},
			[]brief{{"auto", "", "", "", "The massacre left 39 people dead.", "corpus.json:/documents/0"}}},
		{"NewsAPI articles", "newsapi.json",
			`{"status": "ok", "totalResults": 1, "articles": [{"source": {"id": null, "name": "Arab News"},
			  "title": "Al-Qaeda 'in crisis' after No. 2 killed in Tehran", "publishedAt": "2020-11-15T21:10:00Z",
			  "description": "short", "content": "Al-Masri was gunned down in a Tehran alley on Aug. 7."}]}`, Options{},
			[]brief{{"auto", "Al-Qaeda 'in crisis' after No. 2 killed in Tehran", "Arab News", "2020-11-15",
				"Al-Masri was gunned down in a Tehran alley on Aug. 7.", "newsapi.json:/articles/0"}}},
		{"items wrapper", "feed.json", `{"items": [{"guid": "tag:x,2024:1", "body": "Scores were killed."}]}`, Options{},
			[]brief{{"tag:x,2024:1", "", "", "", "Scores were killed.", "feed.json:/items/0"}}},
		{"results wrapper one level down", "guardian.json",
			`{"response": {"status": "ok", "results": [{"id": "world/2024/mar/24/x", "webTitle": "Moscow attack",
			  "fields": {"bodyText": "Russia said 137 people died."}}]}}`, Options{Map: map[string]string{"text": "fields.bodyText"}},
			[]brief{{"world/2024/mar/24/x", "", "", "", "Russia said 137 people died.", "guardian.json:/response/results/0"}}},
		{"data wrapper", "api.json", `{"data": [{"uuid": "9f1c", "article": "Two bombings killed 95 people."}]}`, Options{},
			[]brief{{"9f1c", "", "", "", "Two bombings killed 95 people.", "api.json:/data/0"}}},
		{"single object with a data sub-object", "one.json",
			`{"text": "ISIS-K claimed the attack.", "data": {"words": 4}}`, Options{},
			[]brief{{"auto", "", "", "", "ISIS-K claimed the attack.", "one.json"}}},
		{"single object", "one.json", `{"headline": "Uzbek Security Chief", "site": "The Times of Central Asia",
			"date": "September 5, 2024", "text": "The conference is being held on September 4 and 5."}`, Options{},
			[]brief{{"auto", "Uzbek Security Chief", "The Times of Central Asia", "2024-09-05",
				"The conference is being held on September 4 and 5.", "one.json"}}},
		{"JSON lines", "feed.jsonl", "{\"id\": 1, \"text\": \"39 people dead\"}\n\n{\"id\": 2, \"text\": \"dozens more wounded\"}\n",
			Options{}, []brief{{"1", "", "", "", "39 people dead", "feed.jsonl:1"}, {"2", "", "", "", "dozens more wounded", "feed.jsonl:3"}}},
		{"ndjson extension", "feed.ndjson", `{"text": "39 people dead"}`, Options{},
			[]brief{{"auto", "", "", "", "39 people dead", "feed.ndjson:1"}}},
		{"JSON lines sniffed on stdin", "-", "{\"text\": \"39 people dead\"}\r\n{\"text\": \"dozens wounded\"}\r\n", Options{},
			[]brief{{"auto", "", "", "", "39 people dead", "<stdin>:1"}, {"auto", "", "", "", "dozens wounded", "<stdin>:2"}}},
		{"pretty object sniffed on stdin", "<stdin>", "{\n  \"text\": \"39 people dead\"\n}\n", Options{},
			[]brief{{"auto", "", "", "", "39 people dead", "<stdin>"}}},
		{"array sniffed from a request", "<request>", "  [{\"text\": \"39 people dead\"}]", Options{},
			[]brief{{"auto", "", "", "", "39 people dead", "<request>:/0"}}},
		{"forced format beats extension", "notes.txt", `[{"text": "39 people dead"}]`, Options{Format: "json"},
			[]brief{{"auto", "", "", "", "39 people dead", "notes.txt:/0"}}},
		{"byte order mark", "bom.json", "\xef\xbb\xbf[{\"text\": \"39 people dead\"}]", Options{},
			[]brief{{"auto", "", "", "", "39 people dead", "bom.json:/0"}}},
		{"plain text", "dir/lwj-2017.txt", "\nUS: Abu Bakr al Baghdadi's 'close associate' killed\r\n\r\nThe massacre left 39 people dead.\r\n", Options{},
			[]brief{{"lwj-2017", "US: Abu Bakr al Baghdadi's 'close associate' killed", "", "",
				"\nUS: Abu Bakr al Baghdadi's 'close associate' killed\n\nThe massacre left 39 people dead.\n", "dir/lwj-2017.txt"}}},
		{"markdown heading", `C:\news\isis-k.md`, "# ISIS Affiliate Linked to Moscow Attack\n\nKilling scores of people.\n", Options{},
			[]brief{{"isis-k", "ISIS Affiliate Linked to Moscow Attack", "", "",
				"# ISIS Affiliate Linked to Moscow Attack\n\nKilling scores of people.\n", `C:\news\isis-k.md`}}},
		{"markdown front matter", "post.md",
			"---\ntitle: \"The Rise of Islamic State Khorasan\"\ndate: 2024-05-05\nsource: blog\nid: iskp-1\n---\n## Westward expansion\n\nISKP recruits in Turkey.\n",
			Options{}, []brief{{"iskp-1", "The Rise of Islamic State Khorasan", "blog", "2024-05-05",
				"## Westward expansion\n\nISKP recruits in Turkey.\n", "post.md"}}},
		{"text sniffed on stdin", "-", "Viewing results 1 - 6 of 285\n\nUzbek Security Chief", Options{},
			[]brief{{"stdin", "Viewing results 1 - 6 of 285", "", "", "Viewing results 1 - 6 of 285\n\nUzbek Security Chief", "<stdin>"}}},
		{"html sniffed on stdin", "-", "<p>Thirty-nine people were killed.</p>", Options{},
			[]brief{{"stdin", "", "", "", "Thirty-nine people were killed.", "<stdin>"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := Load(tt.file, []byte(tt.in), tt.opt)
			if len(diags) > 0 {
				t.Errorf("unexpected diagnostics:\n%v", diags.Error())
			}
			got := briefs(docs)
			for i := range got {
				if got[i].ID == ContentID(&docs[i]) {
					got[i].ID = "auto" // an id read from the record's content
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ in, want string }{
		{`[{"text": "x"}]`, "json"},
		{"{\n \"text\": \"x\"\n}", "json"},
		{`{"text": "x"}`, "json"},
		{"{\"text\": \"x\"}\n{\"text\": \"y\"}", "jsonl"},
		{"{\"text\": \"x\", \n{\"text\": \"y\"}\n{\"text\": \"z\"}", "jsonl"}, // first line broken
		{"<!DOCTYPE html><html>", "html"},
		{"Five years ago this month", "text"},
		{"\n\n   \t", "text"},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
