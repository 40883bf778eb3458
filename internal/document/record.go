package document

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// loadRecord turns one JSON record (the n-th of its input, 1-based) into a
// document, or reports why it cannot.
func (l *loader) loadRecord(rec gjson.Result, at place, n int) {
	if !rec.IsObject() {
		l.add(l.near(at, diag.Diagnostic{
			Code: "record-not-object", Severity: diag.Error,
			Message: fmt.Sprintf("record is a JSON %s, not an object", typeName(rec)),
		}, rec.Index))
		return
	}
	at.rec = rec.Index
	l.records++
	text, ok := l.readText(rec, at)
	if !ok {
		return
	}
	doc := Document{
		ID:        l.readString(rec, at, "id"),
		Title:     oneLine(l.readString(rec, at, "title")),
		Outlet:    oneLine(l.readString(rec, at, "outlet")),
		URL:       strings.TrimSpace(l.readString(rec, at, "url")),
		Published: l.readPublished(rec, at),
		Text:      text,
		Origin:    l.origin(at),
	}
	doc.ID = strings.TrimSpace(doc.ID)
	if l.cleanFields(&doc) {
		l.add(l.near(at, diag.Diagnostic{
			Code: "bad-utf8", Severity: diag.Warning,
			Message: "record holds NUL bytes or invalid UTF-8; replaced with U+FFFD",
		}, rec.Index))
	}
	if doc.ID == "" {
		doc.ID = ContentID(&doc)
	}
	l.docs = append(l.docs, doc)
	l.locs = append(l.locs, at)
}

// near places d at byte rel of the buffer the record was parsed from.
func (l *loader) near(at place, d diag.Diagnostic, rel int) diag.Diagnostic {
	d.Pointer = at.pointer
	return l.at(d, at.base+rel)
}

// origin names where a record came from: file:pointer or file:line.
func (l *loader) origin(at place) string {
	switch {
	case at.line > 0:
		return l.file + ":" + strconv.Itoa(at.line)
	case at.pointer != "":
		return l.file + ":" + at.pointer
	}
	return l.file
}

// hit notes that a field's path matched some record, to warn at the end
// about a mapping that matched none.
func (l *loader) hit(field string) {
	if l.hits == nil {
		l.hits = map[string]bool{}
	}
	l.hits[field] = true
}

// checkHits warns once about each user mapping no record matched: a typo
// in a path would otherwise fail silently on every record.
func (l *loader) checkHits() {
	if l.records == 0 {
		return
	}
	for _, f := range Fields {
		if p, ok := l.opt.Map[f]; ok && p != "" && !l.hits[f] && f != "text" {
			l.add(diag.Diagnostic{
				Code: "unmatched-map", Severity: diag.Warning, Field: f,
				Message: fmt.Sprintf("mapping %s=%s matched no record", f, p),
			})
		}
	}
}

// arrayOfObjects names the first key of obj holding an array of objects:
// the likely list of documents in a response shape we do not know.
func arrayOfObjects(obj gjson.Result) string {
	key := ""
	obj.ForEach(func(k, v gjson.Result) bool {
		if v.IsArray() && v.Get("0").IsObject() {
			key = k.String()
			return false
		}
		return true
	})
	return key
}

// longestString finds the path of the longest string inside v (two levels
// deep), to suggest a text mapping. Short strings are not article text.
func longestString(v gjson.Result, prefix string) string {
	best, bestLen := "", 80
	var walk func(r gjson.Result, path string, depth int)
	walk = func(r gjson.Result, path string, depth int) {
		if !r.IsObject() || depth > 2 {
			return
		}
		r.ForEach(func(k, c gjson.Result) bool {
			p := k.String()
			if strings.ContainsAny(p, ".*?|#@\\") {
				return true // not writable as a plain gjson path
			}
			if path != "" {
				p = path + "." + p
			}
			if c.Type == gjson.String && len(c.Str) > bestLen {
				best, bestLen = p, len(c.Str)
			}
			walk(c, p, depth+1)
			return true
		})
	}
	walk(v, prefix, 1)
	return best
}

// ContentID names a record that has no id by what it holds: the same
// report gets the same id whether it came from a file, standard input or
// the API, so its findings keep their ids across hosts and runs. Two
// copies of one report are told apart as duplicates are ("doc-…#2").
func ContentID(d *Document) string {
	h := sha256.New()
	for _, f := range []string{d.Title, d.Outlet, d.URL, d.Published, d.Text} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return "doc-" + hex.EncodeToString(h.Sum(nil))[:12]
}
