// Package document turns input bytes (JSON, JSON Lines, text, HTML) into
// documents. It is pure: callers hand it names and bytes.
package document

// Document is one news article.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // as given; YYYY-MM-DD prefix is what the engine reads
	Text      string `json:"text"`
	// Origin says where the document came from, for messages.
	Origin string `json:"origin,omitempty"` // e.g. "corpus.json:/documents/3" or "feed.jsonl:12"
}
