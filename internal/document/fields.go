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

// readString reads a metadata field: the first non-blank string among its
// paths (an id may also be a number or a boolean, kept as written). A
// scalar of the wrong kind is reported where it is; an object or array
// is reported only when no path gave the field a value, since a default
// name may hold someone else's object (NewsAPI's "source": {"id": …}
// beside a "publisher" string), but a field left empty because of one
// must not pass without a word.
func (l *loader) readString(rec gjson.Result, at place, field string) string {
	var odd oddValue
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
			// The number as written: 1e400 or 12345678901234567890123
			// are ids like any other, never rounded through a float.
			return v.Raw
		case v.Type == gjson.JSON:
			odd.note(v, p)
			continue
		}
		l.add(l.near(at, diag.Diagnostic{
			Code: "field-type", Severity: diag.Warning, Field: p,
			Message: fmt.Sprintf("%s is a JSON %s, not %s; ignored", field, typeName(v), expected[field]),
		}, v.Index))
	}
	l.reportOdd(at, field, odd)
	return ""
}

// expected says what each metadata field must be, for messages.
var expected = map[string]string{
	"id":        "a string or a number",
	"title":     "a string",
	"outlet":    "a string",
	"url":       "a string",
	"published": "a date (a string like 2024-03-24, or Unix time)",
}

// oddValue is the first object or array met under a field's paths.
type oddValue struct {
	v    gjson.Result
	path string
}

func (o *oddValue) note(v gjson.Result, path string) {
	if o.path == "" {
		o.v, o.path = v, path
	}
}

// reportOdd warns that field was left empty although an object or array
// sat under one of its names, suggesting the member to map when there is
// an obvious one.
func (l *loader) reportOdd(at place, field string, o oddValue) {
	if o.path == "" {
		return
	}
	d := diag.Diagnostic{
		Code: "field-type", Severity: diag.Warning, Field: o.path,
		Message: fmt.Sprintf("%s is a JSON %s, not %s; ignored", field, typeName(o.v), expected[field]),
	}
	if m := scalarMember(o.v, o.path); m != "" {
		d.Hint = fmt.Sprintf("map it with --map %s=%s", field, m)
	}
	l.add(l.near(at, d, o.v.Index))
}

// scalarMember is the path of the first string or number directly inside
// v (an object's member, an array's first item), or "".
func scalarMember(v gjson.Result, path string) string {
	found := ""
	v.ForEach(func(k, c gjson.Result) bool {
		key := k.String()
		if v.IsArray() {
			key = "0"
		}
		if (c.Type == gjson.String || c.Type == gjson.Number) && !strings.ContainsAny(key, ".*?|#@\\") && key != "" {
			found = path + "." + key
		}
		return false // the first member only: a guess further on would mislead
	})
	return found
}

// readPublished reads the publication date and normalises it to
// YYYY-MM-DD. A date it cannot read, or cannot believe, is reported and
// left out: the engine resolves relative dates ("last year") against this
// one, and an unread date must leave them unresolved, not guessed. A
// number is taken as Unix time, as feeds built from databases write it.
func (l *loader) readPublished(rec gjson.Result, at place) string {
	var odd oddValue
	for _, p := range l.opt.paths("published") {
		v := rec.Get(p)
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		l.hit("published")
		var day string
		var bad *diag.Diagnostic
		switch v.Type {
		case gjson.Number:
			day, bad = unixDate(v.Raw)
		case gjson.String:
			raw := strings.TrimSpace(v.String())
			if raw == "" {
				continue
			}
			day, bad = readDate(raw)
		case gjson.JSON:
			odd.note(v, p)
			continue
		default: // a boolean
			l.add(l.near(at, diag.Diagnostic{
				Code: "field-type", Severity: diag.Warning, Field: p,
				Message: fmt.Sprintf("published is a JSON %s, not %s; ignored", typeName(v), expected["published"]),
			}, v.Index))
			continue
		}
		if bad != nil {
			bad.Severity, bad.Field = diag.Warning, p
			l.add(l.near(at, *bad, v.Index))
			return ""
		}
		return day
	}
	l.reportOdd(at, "published", odd)
	return ""
}
