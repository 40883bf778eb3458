package document

import (
	"reflect"
	"testing"
)

// TestFieldDefaults reads each field from each of its default names.
func TestFieldDefaults(t *testing.T) {
	tests := []struct {
		rec  string
		want Document
	}{
		{`{"id": "a", "title": "T", "source": {"name": "Arab News"}, "url": "https://a.example/1", "published": "2020-11-15", "text": "x"}`,
			Document{ID: "a", Title: "T", Outlet: "Arab News", URL: "https://a.example/1", Published: "2020-11-15", Text: "x"}},
		{`{"_id": "64f1", "headline": "T", "source": "AP", "link": "https://a.example/2", "published_at": "2024-03-24T10:00:00Z", "body": "x"}`,
			Document{ID: "64f1", Title: "T", Outlet: "AP", URL: "https://a.example/2", Published: "2024-03-24", Text: "x"}},
		{`{"guid": "g", "name": "T", "outlet": "LWJ", "uri": "u", "publishedAt": "2024-03-24 10:00", "content": "x"}`,
			Document{ID: "g", Title: "T", Outlet: "LWJ", URL: "u", Published: "2024-03-24", Text: "x"}},
		{`{"uuid": "u-1", "publisher": "Reuters", "date": "March 24, 2024", "article": "x"}`,
			Document{ID: "u-1", Outlet: "Reuters", Published: "2024-03-24", Text: "x"}},
		{`{"site_name": "The Times of Central Asia", "pubDate": "Sun, 24 Mar 2024 10:00:00 +0000", "description": "x"}`,
			Document{Outlet: "The Times of Central Asia", Published: "2024-03-24", Text: "x"}},
		{`{"site": "blog", "datePublished": "24 March 2024", "text": "x"}`,
			Document{Outlet: "blog", Published: "2024-03-24", Text: "x"}},
		{`{"created_at": "Mar 24, 2024", "text": "x"}`,
			Document{Published: "2024-03-24", Text: "x"}},
		// A "source" object without a name is NewsAPI's, not an outlet.
		{`{"source": {"id": "bbc-news"}, "publisher": "BBC", "text": "x"}`,
			Document{Outlet: "BBC", Text: "x"}},
		// Earlier names win; blank values fall through to later ones.
		{`{"text": "", "body": "  ", "content": "Scores were killed.", "description": "Summary."}`,
			Document{Text: "Scores were killed."}},
		{`{"id": 1711274400, "text": "x"}`, Document{ID: "1711274400", Text: "x"}},
		{`{"id": 12.50, "text": "x"}`, Document{ID: "12.50", Text: "x"}},
		{`{"id": true, "text": "x"}`, Document{ID: "true", Text: "x"}},
		{`{"id": null, "guid": "g", "text": "x"}`, Document{ID: "g", Text: "x"}},
		{`{"title": "  Moscow\n  concert hall attack ", "text": "x"}`, Document{Title: "Moscow concert hall attack", Text: "x"}},
		{`{"published": 1711274400, "text": "x"}`, Document{Published: "2024-03-24", Text: "x"}},
		{`{"published": 1711274400000, "text": "x"}`, Document{Published: "2024-03-24", Text: "x"}},
		{`{"text": ["Gunmen opened fire.", "At least 133 were killed."]}`,
			Document{Text: "Gunmen opened fire.\n\nAt least 133 were killed."}},
		{`{"text": "<p>Gunmen opened fire.</p><p>At least 133 were killed &amp; 145 hurt.</p>"}`,
			Document{Text: "Gunmen opened fire.\n\nAt least 133 were killed & 145 hurt."}},
		// "<" in prose is not markup; the text is kept as written.
		{`{"text": "Fewer than <10 died; the toll is 3 < 5 & rising."}`,
			Document{Text: "Fewer than <10 died; the toll is 3 < 5 & rising."}},
		{`{"text": "line one\r\nline two\rstill two"}`, Document{Text: "line one\nline two\rstill two"}},
	}
	for _, tt := range tests {
		t.Run(tt.rec, func(t *testing.T) {
			docs, diags := Load("in.json", []byte(tt.rec), Options{})
			if len(diags) > 0 {
				t.Errorf("unexpected diagnostics:\n%s", diags.Error())
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			got := docs[0]
			got.Origin = ""
			want := tt.want
			if want.ID == "" {
				want.ID = ContentID(&want) // a record without an id is named by what it holds
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestMapping shows a user mapping replacing the defaults of its field only.
func TestMapping(t *testing.T) {
	rec := `[{"text": "teaser", "article": {"body": "At least 133 people were killed.", "id": 7},
		"meta": {"pubDate": "2024-03-24", "outlet": {"name": "Meduza"}}, "title": "Moscow attack", "headline": "other"}]`
	opt := Options{Map: map[string]string{
		"text": "article.body", "published": "meta.pubDate", "outlet": "meta.outlet.name", "id": "article.id",
		"title": "headline",
	}}
	docs, diags := Load("in.json", []byte(rec), opt)
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s", diags.Error())
	}
	want := Document{ID: "7", Title: "other", Outlet: "Meduza", Published: "2024-03-24",
		Text: "At least 133 people were killed.", Origin: "in.json:/0"}
	if len(docs) != 1 || !reflect.DeepEqual(docs[0], want) {
		t.Errorf("got %+v\nwant %+v", docs, want)
	}

	// A mapped path that a record lacks does not fall back to the defaults.
	_, diags = Load("in.json", []byte(`[{"text": "teaser"}]`), Options{Map: map[string]string{"text": "article.body"}})
	if got := wheres(diags); !reflect.DeepEqual(got, []string{"in.json:1:2 error missing-text /0 text"}) {
		t.Errorf("diagnostics = %q", got)
	}
}

func TestDedupeIDs(t *testing.T) {
	docs := []Document{
		{ID: "a", Origin: "one.json:/0"},
		{ID: "a", Origin: "two.json:/documents/4"},
		{ID: "a", Origin: "feed.jsonl:3"},
	}
	diags := DedupeIDs(docs)
	if ids := []string{docs[0].ID, docs[1].ID, docs[2].ID}; !reflect.DeepEqual(ids, []string{"a", "a#2", "a#3"}) {
		t.Errorf("ids = %q", ids)
	}
	want := []string{"two.json warning duplicate-id /documents/4 id", "feed.jsonl:3:1 warning duplicate-id id"}
	if got := wheres(diags); !reflect.DeepEqual(got, want) {
		t.Errorf("diagnostics = %q, want %q", got, want)
	}
}
