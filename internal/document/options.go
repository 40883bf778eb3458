package document

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// Options control how records map to documents.
type Options struct {
	// Map overrides field paths: key is one of id,title,outlet,url,published,text;
	// value a gjson path (e.g. "article.body", "meta.pubDate").
	Map map[string]string
	// Format forces a format: "", "json", "jsonl", "text", "html", "md"
	// ("" = detect from name extension then content).
	Format string
}

// Fields lists the document fields a mapping may name, in reading order.
var Fields = []string{"id", "title", "outlet", "url", "published", "text"}

// defaultPaths are the gjson paths tried, in order, when no mapping is given.
// They cover the shapes of common news APIs and scrapers.
var defaultPaths = map[string][]string{
	"id":        {"id", "_id", "guid", "uuid"},
	"title":     {"title", "headline", "name"},
	"outlet":    {"source.name", "source", "outlet", "publisher", "site_name", "site"},
	"url":       {"url", "link", "uri"},
	"published": {"published", "published_at", "publishedAt", "date", "pubDate", "datePublished", "created_at"},
	"text":      {"text", "body", "content", "article", "description"},
}

// paths returns the paths to try for field under opt.
func (opt Options) paths(field string) []string {
	if p, ok := opt.Map[field]; ok && p != "" {
		return []string{p}
	}
	return defaultPaths[field]
}

// ParseMap parses CLI flags like "text=article.body" into Options.Map, with a
// diagnostic for an unknown key (with did-you-mean) or a missing '='. Only
// valid entries are returned; a key given twice keeps the last value.
func ParseMap(specs []string) (map[string]string, diag.List) {
	m := map[string]string{}
	var diags diag.List
	for _, spec := range specs {
		key, path, ok := strings.Cut(spec, "=")
		key = strings.ToLower(strings.TrimSpace(key))
		path = strings.TrimSpace(path)
		switch {
		case !ok:
			diags = append(diags, diag.Diagnostic{
				Code: "bad-map-spec", Severity: diag.Error,
				Message: fmt.Sprintf("mapping %q has no '='", spec),
				Hint:    "write FIELD=PATH, e.g. text=article.body",
			})
			continue
		case key == "" || path == "":
			diags = append(diags, diag.Diagnostic{
				Code: "bad-map-spec", Severity: diag.Error, Field: key,
				Message: fmt.Sprintf("mapping %q needs both a field and a path", spec),
				Hint:    "write FIELD=PATH, e.g. text=article.body",
			})
			continue
		}
		if !isField(key) {
			diags = append(diags, unknownField(key))
			continue
		}
		if old, dup := m[key]; dup && old != path {
			diags = append(diags, diag.Diagnostic{
				Code: "bad-map-spec", Severity: diag.Warning, Field: key,
				Message: fmt.Sprintf("field mapped twice (%q, then %q); using %q", old, path, path),
			})
		}
		m[key] = path
	}
	return m, diags
}

// checkMap reports mapping keys Load does not know, for callers that build
// Options by hand instead of through ParseMap.
func checkMap(m map[string]string) diag.List {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var diags diag.List
	for _, k := range keys {
		if !isField(k) {
			diags = append(diags, unknownField(k))
		}
	}
	return diags
}

func isField(k string) bool {
	for _, f := range Fields {
		if f == k {
			return true
		}
	}
	return false
}

// unknownField builds the diagnostic for a mapping key that is not a field,
// suggesting the field the user most likely meant.
func unknownField(key string) diag.Diagnostic {
	d := diag.Diagnostic{
		Code: "unknown-map-field", Severity: diag.Error, Field: key,
		Message: fmt.Sprintf("unknown field %q", key),
		Hint:    "fields are " + strings.Join(Fields, ", "),
	}
	if s := suggestField(key); s != "" {
		d.Message += fmt.Sprintf("; did you mean %q?", s)
	}
	return d
}

// suggestField names the field key most likely stands for: the field whose
// default paths include key (people write the JSON name, e.g. "body"), else
// the field within two edits of it.
func suggestField(key string) string {
	for _, f := range Fields {
		for _, p := range defaultPaths[f] {
			if strings.EqualFold(p, key) {
				return f
			}
		}
	}
	best, bestD := "", 3
	for _, f := range Fields {
		if d := editDistance(key, f); d < bestD {
			best, bestD = f, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes; keys
// are short ASCII so bytes are enough.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
