package document

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// readText finds the record's text: the first non-blank string among the
// text paths. A record without one is reported, never silently dropped.
func (l *loader) readText(rec gjson.Result, at place) (string, bool) {
	var wrong, empty gjson.Result
	var wrongPath, emptyPath string
	for _, p := range l.opt.paths("text") {
		v := rec.Get(p)
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		l.hit("text")
		s, ok := textValue(v)
		switch {
		case !ok:
			if wrongPath == "" {
				wrong, wrongPath = v, p
			}
		case strings.TrimSpace(s) == "":
			if emptyPath == "" {
				empty, emptyPath = v, p
			}
		default:
			if hasTags(s) {
				s = htmlToText(s)
			}
			if strings.TrimSpace(s) == "" {
				l.add(l.near(at, diag.Diagnostic{
					Code: "missing-text", Severity: diag.Error, Field: p,
					Message: "text holds only markup; nothing is left once HTML is removed",
				}, v.Index))
				return "", false
			}
			return s, true
		}
	}
	switch {
	case wrongPath != "":
		d := diag.Diagnostic{
			Code: "field-type", Severity: diag.Error, Field: wrongPath,
			Message: fmt.Sprintf("text is a JSON %s, not a string", typeName(wrong)),
		}
		if p := longestString(wrong, wrongPath); p != "" {
			d.Hint = "map the text with --map text=" + p
		}
		l.add(l.near(at, d, wrong.Index))
	case emptyPath != "":
		l.add(l.near(at, diag.Diagnostic{
			Code: "missing-text", Severity: diag.Error, Field: emptyPath,
			Message: "text is empty",
		}, empty.Index))
	default:
		d := diag.Diagnostic{
			Code: "missing-text", Severity: diag.Error, Field: "text",
			Message: "record has no text (tried " + strings.Join(l.opt.paths("text"), ", ") + ")",
		}
		if p := longestString(rec, ""); p != "" {
			d.Hint = "map the text with --map text=" + p
		}
		if k := arrayOfObjects(rec); k != "" && at.pointer == "" && at.line == 0 {
			d.Hint = fmt.Sprintf("if the documents are the array under %q, put them under \"documents\"", k)
		}
		l.add(l.near(at, d, rec.Index))
	}
	return "", false
}

// textValue accepts a string, or an array of strings as paragraphs.
func textValue(v gjson.Result) (string, bool) {
	if v.Type == gjson.String {
		return v.String(), true
	}
	if !v.IsArray() {
		return "", false
	}
	var parts []string
	ok := true
	v.ForEach(func(_, p gjson.Result) bool {
		if p.Type != gjson.String {
			ok = false
			return false
		}
		parts = append(parts, p.String())
		return true
	})
	return strings.Join(parts, "\n\n"), ok && len(parts) > 0
}

// readString reads a metadata field. A wrong type is reported when the user
// mapped the path, or when a scalar of the wrong kind sits under a default
// name (title: 123); objects under default names (e.g. "source" as an
// object without "name") are someone else's field and are skipped.
func (l *loader) readString(rec gjson.Result, at place, field string) string {
	_, mapped := l.opt.Map[field]
	for _, p := range l.opt.paths(field) {
		v := rec.Get(p)
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		l.hit(field)
		switch {
		case v.Type == gjson.String:
			if strings.TrimSpace(v.String()) != "" {
				return v.String()
			}
			continue
		case field == "id" && (v.Type == gjson.Number || v.Type == gjson.True || v.Type == gjson.False):
			return v.Raw
		case !mapped && v.Type == gjson.JSON:
			continue
		}
		l.add(l.near(at, diag.Diagnostic{
			Code: "field-type", Severity: diag.Warning, Field: p,
			Message: fmt.Sprintf("%s is a JSON %s, not a string; ignored", field, typeName(v)),
		}, v.Index))
	}
	return ""
}

// readPublished reads the publication date and normalises it to
// YYYY-MM-DD; a date it cannot read is kept as written, with a warning.
// A number is taken as Unix time, as feeds built from databases write it.
func (l *loader) readPublished(rec gjson.Result, at place) string {
	_, mapped := l.opt.Map["published"]
	for _, p := range l.opt.paths("published") {
		v := rec.Get(p)
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		l.hit("published")
		raw := ""
		switch v.Type {
		case gjson.Number:
			if day, ok := unixDay(v.Float()); ok {
				return day
			}
			raw = v.Raw
		case gjson.String:
			raw = strings.TrimSpace(v.String())
			if raw == "" {
				continue
			}
			if day, ok := NormalizeDate(raw); ok {
				return day
			}
		case gjson.JSON:
			if !mapped {
				continue
			}
		}
		if raw == "" {
			l.add(l.near(at, diag.Diagnostic{
				Code: "field-type", Severity: diag.Warning, Field: p,
				Message: fmt.Sprintf("published is a JSON %s, not a date; ignored", typeName(v)),
			}, v.Index))
			continue
		}
		l.add(l.near(at, diag.Diagnostic{
			Code: "bad-date", Severity: diag.Warning, Field: p,
			Message: fmt.Sprintf("cannot read date %q; kept as written", raw),
			Hint:    "write dates like 2024-03-24 or 2024-03-24T10:00:00Z",
		}, v.Index))
		return raw
	}
	return ""
}
