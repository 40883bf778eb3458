// Package document turns input bytes (JSON, JSON Lines, text, HTML) into
// documents. It is pure: callers hand it names and bytes.
package document

// Document is one news article.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	// Published is the publication day, YYYY-MM-DD; empty when none was
	// given or the one given could not be read or believed (a bad-date
	// warning quotes it), so that relative dates stay unresolved.
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	// Origin says where the document came from, for messages.
	Origin string `json:"origin,omitempty"` // e.g. "corpus.json:/documents/3" or "feed.jsonl:12"
}
