package httpapi

import (
	"net/http"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// userRules names the request's rule text in diagnostics. Rule files merge
// in name order and the built-in ones are all under rules/, so with
// rules_mode extend the request's entries come last and win on a shared
// lexicon key.
const userRules = "user.yaml"

// builtinSources are the embedded rule files, named as the command line
// names them.
func builtinSources() []rule.Source {
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		panic(err) // the files are embedded; failing to read them is a build bug
	}
	return srcs
}

// builtinExtractor compiles the built-in rules once per Handler.
// claim.Extractor is immutable and safe for concurrent use.
func (h *Handler) builtinExtractor() (*claim.Extractor, diag.List) {
	h.builtin.once.Do(func() {
		rs, diags := loadBuiltin(builtinSources())
		if diags.HasErrors() {
			panic("built-in rules: " + diags.Error()) // tests keep them valid
		}
		h.builtin.x, h.builtin.diags = claim.New(rs), diags
	})
	return h.builtin.x, h.builtin.diags
}

// ruleSources are the files a request's rule text is loaded with.
func ruleSources(text, mode string) []rule.Source {
	var srcs []rule.Source
	if mode == "extend" {
		srcs = builtinSources()
	}
	// Layer 1: the request's checks may change the built-in ones by id,
	// and apply before them.
	return append(srcs, rule.Source{Name: userRules, Data: []byte(text), Layer: 1})
}

// extractor compiles the rules a check runs under: the built-in ones, or
// the request's instead of (replace) or on top of them (extend). It
// returns nil and the diagnostics when they have errors, and nil and no
// diagnostics when the rule text is over the limit.
func (h *Handler) extractor(env *envelope, mode string) (*claim.Extractor, diag.List) {
	if env == nil || !env.hasRules {
		return h.builtinExtractor()
	}
	if len(env.rules) > h.limits.RulesBytes {
		return nil, nil
	}
	rs, diags := rule.Load(ruleSources(env.rules, mode))
	if diags.HasErrors() {
		return nil, diags
	}
	return claim.New(rs), diags
}

// ruleFile is one rule file as GET /v1/rules lists it.
type ruleFile struct {
	Name string `json:"name"`
	Data string `json:"data"`
}

// rules answers GET /v1/rules: the built-in rule files, to read or to
// start from.
func (h *Handler) rules(*http.Request) *response {
	var files []ruleFile
	for _, s := range builtinSources() {
		files = append(files, ruleFile{s.Name, string(s.Data)})
	}
	return jsonResponse(http.StatusOK, "application/json", struct {
		Rules []ruleFile `json:"rules"`
	}{files})
}

// lintAnswer is the answer to POST /v1/rules/lint.
type lintAnswer struct {
	Valid       bool      `json:"valid"`
	Diagnostics diag.List `json:"diagnostics"`
}

// lint answers POST /v1/rules/lint: every problem in a rule text, errors
// and warnings, each with its line and column, as `crosscheck lint`
// reports them. The text is YAML (a YAML or text body) or the "rules"
// member of a JSON object. A text with errors is still a 200: the
// diagnostics are the answer.
func (h *Handler) lint(r *http.Request) *response {
	kind, body, refused := h.typedBody(r, kindYAML, kindJSON)
	if refused != nil {
		return refused
	}
	opts := fromQuery(r.URL.RawQuery, []string{"rules_mode"})
	text := string(body)
	if kind == kindJSON {
		text = ""
		lines := newLineIndex(body)
		env := &envelope{opts: &options{single: map[string]option{}}}
		if d, ok := jsonObject(body, lines); ok {
			env = readEnvelope(body, lines, []string{"rules", "rules_mode"})
		} else {
			env.opts.diags = append(env.opts.diags, d)
		}
		opts.merge(env.opts)
		if !env.hasRules && !opts.diags.HasErrors() {
			opts.diags = append(opts.diags, bad(diag.Diagnostic{Pointer: "/rules"}, "missing-member", `the object has no "rules" member holding the rule text`))
		}
		text = env.rules
	}
	mode := opts.get("rules_mode", "extend", modeValues)
	if opts.diags.HasErrors() {
		return badRequest(opts.diags, r)
	}
	if len(text) > h.limits.RulesBytes {
		return problemResponse(tooLarge("rules_bytes", int64(h.limits.RulesBytes), int64(len(text)), ""), r)
	}
	all := rule.Lint(ruleSources(text, mode))
	// With extend, the built-in files' own warnings are not the client's
	// business; their errors are, as the request's text caused them.
	ans := lintAnswer{Valid: !all.HasErrors(), Diagnostics: diag.List{}}
	for _, d := range all {
		if d.File == userRules || d.Severity == diag.Error {
			ans.Diagnostics = append(ans.Diagnostics, d)
		}
	}
	return jsonResponse(http.StatusOK, "application/json", ans)
}
