package document

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// loadPlain reads a text or Markdown file as one document whose title is
// its first non-empty line. Markdown may open with "---" front matter of
// "key: value" lines naming the title, date, source, url and id.
func (l *loader) loadPlain(md bool) {
	text := string(bytes.TrimPrefix(l.data, bom))
	doc := Document{ID: stem(l.file), Origin: l.file}
	if md {
		text = l.frontMatter(text, &doc)
	}
	doc.Text = text
	if doc.Title == "" {
		doc.Title = firstLine(text, md)
	}
	l.finish(doc)
}

// loadHTML reads an HTML page as one document.
func (l *loader) loadHTML() {
	p := reducePage(string(bytes.TrimPrefix(l.data, bom)))
	p.fromLD()
	doc := Document{
		ID:        stem(l.file),
		Title:     trimSite(firstOf(p.title, p.ogTitle, p.h1), p.outlet),
		Outlet:    p.outlet,
		URL:       p.url,
		Published: p.published,
		Text:      p.text,
		Origin:    l.file,
	}
	l.finish(doc)
}

// finish checks and cleans a document read from a whole file.
func (l *loader) finish(doc Document) {
	if strings.TrimSpace(doc.Text) == "" {
		l.add(diag.Diagnostic{Code: "missing-text", Severity: diag.Error, Field: "text",
			Message: "the file holds no text"})
		return
	}
	doc.Title, doc.Outlet, doc.URL = oneLine(doc.Title), oneLine(doc.Outlet), strings.TrimSpace(doc.URL)
	if raw := strings.TrimSpace(doc.Published); raw != "" {
		day, bad := readDate(raw)
		doc.Published = day
		if bad != nil {
			bad.Severity, bad.Field = diag.Warning, "published"
			l.add(l.at(*bad, bytes.Index(l.data, []byte(raw))))
		}
	}
	if l.cleanFields(&doc) {
		l.add(diag.Diagnostic{Code: "bad-utf8", Severity: diag.Warning,
			Message: "file holds NUL bytes or invalid UTF-8; replaced with U+FFFD"})
	}
	l.docs = append(l.docs, doc)
	l.locs = append(l.locs, place{})
}

// frontMatter reads a leading "---" block into doc and returns the text
// after it. Without a closing "---" there is no front matter.
func (l *loader) frontMatter(text string, doc *Document) string {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "---\r\n"); !ok {
			return text
		}
	}
	var block string
	switch {
	case strings.HasPrefix(rest, "---\n") || rest == "---":
		block, rest = "", strings.TrimPrefix(rest, "---")
	default:
		i := strings.Index(rest, "\n---")
		if i < 0 {
			return text
		}
		block, rest = rest[:i], rest[i+len("\n---"):]
	}
	// Drop the rest of the closing line.
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[nl+1:]
	} else {
		rest = ""
	}
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title", "headline":
			doc.Title = v
		case "date", "published", "pubdate", "published_at":
			doc.Published = v
		case "source", "outlet", "publisher", "site_name":
			doc.Outlet = v
		case "url", "link":
			doc.URL = v
		case "id":
			if v != "" {
				doc.ID = v
			}
		}
	}
	return rest
}

// maxTitle bounds titles taken from a first line, in bytes.
const maxTitle = 200

// firstLine is the first non-empty line of text, without Markdown's
// heading marks.
func firstLine(text string, md bool) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if md {
			line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
		if line == "" {
			continue
		}
		// A file without line breaks would make its whole text the title.
		if len(line) > maxTitle {
			cut := maxTitle
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			line = strings.TrimSpace(line[:cut]) + "…"
		}
		return line
	}
	return ""
}

// fromLD fills what the meta tags left empty from the page's JSON-LD
// (schema.org NewsArticle), which most news sites embed.
func (p *page) fromLD() {
	for _, block := range p.ld {
		if _, ok := depthOK([]byte(block)); !ok || !gjson.Valid(block) {
			continue
		}
		root := gjson.Parse(block)
		items := []gjson.Result{root}
		if root.IsArray() {
			items = root.Array()
		}
		items = append(items, root.Get("@graph").Array()...)
		for _, it := range items {
			if !it.IsObject() {
				continue
			}
			fill(&p.published, it.Get("datePublished"))
			fill(&p.ogTitle, it.Get("headline"))
			fill(&p.outlet, it.Get("publisher.name"))
		}
	}
}

// fill sets *f to v when *f is empty and v is a string.
func fill(f *string, v gjson.Result) {
	if *f == "" && v.Type == gjson.String {
		*f = v.String()
	}
}

// trimSite drops the " | Outlet" pages append to their <title>.
func trimSite(title, outlet string) string {
	title, outlet = oneLine(title), oneLine(outlet)
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+outlet); ok && t != "" {
			return t
		}
	}
	return title
}

// firstOf returns the first of vals that is not blank.
func firstOf(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
