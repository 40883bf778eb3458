package httpapi

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// option is one setting as the client wrote it, with where it was
// written: a JSON pointer and line:col in the body, or a query parameter.
type option struct {
	value string
	at    diag.Diagnostic // the place, copied into any diagnostic about it
}

// options are the settings of a check or lint, from the query string and
// from the request object; each may be given in one of the two only.
type options struct {
	single map[string]option // fail_on, format, rules_mode
	maps   []option          // FIELD=PATH
	diags  diag.List
}

// queryParams are the settings a query string may carry.
var queryParams = []string{"fail_on", "format", "map", "rules_mode", "strict"}

// Settings' allowed values, for messages and did-you-mean.
var (
	failOnValues = append(append([]string{}, rule.Severities...), "never")
	formatValues = []string{"json", "csv", "markdown", "text"}
	modeValues   = []string{"extend", "replace"}
	strictValues = []string{"true", "false"}
)

// fromQuery reads the settings in a query string. Unknown parameters are
// errors, with a did-you-mean: a misspelt fail_on must not pass silently.
func fromQuery(raw string, allowed []string) *options {
	o := &options{single: map[string]option{}}
	q, err := url.ParseQuery(raw)
	if err != nil {
		o.diags = append(o.diags, diag.Diagnostic{Code: "bad-query", Severity: diag.Error, Message: "the query string cannot be read: " + err.Error()})
		return o
	}
	names := make([]string, 0, len(q))
	for k := range q {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		at := diag.Diagnostic{Field: k}
		switch {
		case !contains(allowed, k):
			d := bad(at, "unknown-parameter", fmt.Sprintf("unknown query parameter %q", k))
			if len(allowed) == 0 {
				d.Hint = "this path takes no query parameters"
			} else {
				d.Hint = hint(k, allowed, "parameters are "+strings.Join(allowed, ", "))
			}
			o.diags = append(o.diags, d)
		case k == "map":
			for _, v := range q[k] {
				o.maps = append(o.maps, option{v, at})
			}
		case len(q[k]) > 1:
			o.diags = append(o.diags, bad(at, "repeated-option", fmt.Sprintf("query parameter %q is given %d times", k, len(q[k]))))
		default:
			o.single[k] = option{q[k][0], at}
		}
	}
	return o
}

// merge adds the settings of the request object; a setting in both places
// is an error, as neither could be said to win.
func (o *options) merge(b *options) {
	o.diags = append(o.diags, b.diags...)
	for k, v := range b.single {
		if _, dup := o.single[k]; dup {
			o.diags = append(o.diags, bad(v.at, "repeated-option", fmt.Sprintf("%q is given both in the query string and in the body", k)))
			continue
		}
		o.single[k] = v
	}
	if len(o.maps) > 0 && len(b.maps) > 0 {
		o.diags = append(o.diags, bad(b.maps[0].at, "repeated-option", `"map" is given both in the query string and in the body`))
	}
	o.maps = append(o.maps, b.maps...)
}

// get returns a setting checked against its allowed values, or def.
func (o *options) get(name, def string, values []string) string {
	v, ok := o.single[name]
	if !ok {
		return def
	}
	if name == "format" && v.value == "md" {
		return "markdown"
	}
	if contains(values, v.value) {
		return v.value
	}
	d := bad(v.at, "bad-option", fmt.Sprintf("%s: unknown value %q", name, v.value))
	d.Hint = hint(v.value, values, "values are "+strings.Join(values, ", "))
	o.diags = append(o.diags, d)
	return def
}

// fieldMap parses the FIELD=PATH mappings as the command line's --map
// does, placing each diagnostic where its mapping was written.
func (o *options) fieldMap() map[string]string {
	m := map[string]string{}
	for _, spec := range o.maps {
		one, ds := parseMapAt(spec)
		o.diags = append(o.diags, ds...)
		for k, v := range one {
			m[k] = v
		}
	}
	return m
}

func parseMapAt(spec option) (map[string]string, diag.List) {
	m, ds := document.ParseMap([]string{spec.value})
	for i := range ds {
		field := ds[i].Field
		ds[i] = place(ds[i], spec.at)
		if ds[i].Field == "" {
			ds[i].Field = field
		}
	}
	return m, ds
}

// bad is an error diagnostic at a setting's place.
func bad(at diag.Diagnostic, code, msg string) diag.Diagnostic {
	at.Code, at.Severity, at.Message = code, diag.Error, msg
	return at
}

// place copies the position of at into d.
func place(d, at diag.Diagnostic) diag.Diagnostic {
	d.File, d.Line, d.Col, d.Offset, d.Pointer = at.File, at.Line, at.Col, at.Offset, at.Pointer
	if at.Field != "" {
		d.Field = at.Field
	}
	return d
}

// hint suggests the closest allowed word, or lists them all.
func hint(got string, allowed []string, all string) string {
	if s := yamlx.Suggest(got, allowed); s != "" {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return all
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
