// Package httpapi is the crosscheck HTTP API: one net/http handler that
// the Cloudflare Worker (worker/, through github.com/syumai/workers) and
// `crosscheck serve` both serve, so local runs, tests and the Worker run
// the same code and answer the same bytes.
//
// The handler builds each answer whole before writing it, so a panic half
// way through becomes a clean 500 problem, and it keeps no state between
// requests beyond the compiled built-in rules, which are immutable.
package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/report"
)

// Options configure a Handler.
type Options struct {
	// Limits bound each request; the zero value means DefaultLimits.
	Limits Limits
	// OnPanic, when set, hears of every panic the handler turned into a
	// 500 answer (the host logs it; the client only sees the problem).
	OnPanic func(value any)
	// OnAnswer, when set, hears of every answer once it is written: the
	// host logs it with the request's id (requestid.go).
	OnAnswer func(Answered)
}

// Answered is what a host logs of one answer.
type Answered struct {
	ID, Method, Path string
	Status           int
	Bytes            int
}

// Handler answers the API's requests. It is safe for concurrent use.
type Handler struct {
	limits   Limits
	build    BuildInfo
	onPanic  func(any)
	onAnswer func(Answered)
	routes   map[string]map[string]func(*http.Request) *response
	params   map[string][]string
	// budget is the memory the requests in flight may reserve together
	// (admission.go).
	budget budget

	// builtin is the compiled built-in rule set, made on first use: only
	// /v1/check needs it, and a Worker's Go instance starts with the
	// isolate's first request, which may be another.
	builtin struct {
		once  sync.Once
		x     *claim.Extractor
		diags diag.List
	}
}

// New returns the API handler.
func New(opt Options) *Handler {
	h := &Handler{limits: opt.Limits, build: Build, onPanic: opt.OnPanic, onAnswer: opt.OnAnswer}
	if h.limits == (Limits{}) {
		h.limits = DefaultLimits
	}
	if h.limits.MemoryBudget == 0 {
		h.limits.MemoryBudget = DefaultLimits.MemoryBudget
	}
	h.budget.max = h.limits.MemoryBudget
	h.routes = map[string]map[string]func(*http.Request) *response{
		"/v1/health":     {http.MethodGet: h.health},
		"/v1/check":      {http.MethodPost: h.check},
		"/v1/rules":      {http.MethodGet: h.rules},
		"/v1/rules/lint": {http.MethodPost: h.lint},
		"/openapi.json":  {http.MethodGet: h.openapi},
	}
	h.routes["/problems"] = map[string]func(*http.Request) *response{http.MethodGet: h.problemList}
	for code := range problemDocs {
		h.routes["/problems/"+code] = map[string]func(*http.Request) *response{http.MethodGet: problemPage(code)}
	}
	// The query parameters of the paths whose handler does not read its
	// own (those of check and lint are read with the body's options).
	h.params = map[string][]string{}
	for p := range h.routes {
		if p != "/v1/check" && p != "/v1/rules/lint" {
			h.params[p] = nil
		}
	}
	return h
}

// Has reports whether path is one of the API's: a host that serves other
// files beside the API (crosscheck serve, the page) leaves these to it.
func (h *Handler) Has(path string) bool {
	_, ok := h.routes[removeDots(path)]
	return ok
}

// removeDots removes the "." and ".." segments of a path (RFC 3986
// §5.2.4), as a WHATWG URL parser does before a Worker sees the request
// ("/v1/./health" is "/v1/health" there); net/http leaves them, so the
// native host would answer such a path otherwise.
func removeDots(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	var out []string
	segs := strings.Split(p, "/")
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	if len(out) == 1 && out[0] == "" {
		return "/"
	}
	return strings.Join(out, "/")
}

// response is a whole answer, built before anything is written.
type response struct {
	status int
	header http.Header
	body   []byte
}

// jsonResponse encodes v as the report renderer does: indented, with
// "<" and "&" left as written.
func jsonResponse(status int, ctype string, v any) *response {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err) // only our own types are encoded; failing is a bug
	}
	return &response{status: status, header: http.Header{"Content-Type": {ctype}}, body: b.Bytes()}
}

// ServeHTTP answers one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p := removeDots(r.URL.Path); p != r.URL.Path {
		u := *r.URL
		u.Path, u.RawPath = p, ""
		r = r.Clone(r.Context())
		r.URL = &u
	}
	id := requestID(r)
	r = withRequestID(r, id)
	var res *response
	if t := h.admit(); t != nil {
		defer t.done() // once the answer is written: its bytes are held till then
		res = h.answer(withTicket(r, t))
	} else {
		drain(r)
		res = busy(r)
	}
	hd := w.Header()
	for k, v := range res.header {
		hd[k] = v
	}
	hd.Set("Access-Control-Allow-Origin", "*")
	hd.Set("Access-Control-Expose-Headers", exposed)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set(requestIDHeader, id)
	if h.onAnswer != nil {
		n := len(res.body)
		if r.Method == http.MethodHead {
			n = 0
		}
		defer h.onAnswer(Answered{ID: id, Method: r.Method, Path: r.URL.Path, Status: res.status, Bytes: n})
	}
	if r.Method == http.MethodHead {
		// No length either: syumai/workers would promise a body of that
		// length to workerd and fail to deliver it (a 500).
		w.WriteHeader(res.status)
		return
	}
	if len(res.body) > 0 {
		hd.Set("Content-Length", strconv.Itoa(len(res.body)))
	}
	w.WriteHeader(res.status)
	w.Write(res.body)
}

// exposed are the answer's headers a page on another origin may read
// (CORS shows it only the safelisted ones otherwise).
const exposed = "Crosscheck-Failed, Crosscheck-Fail-On, X-Request-Id, Retry-After, Allow, Accept-Post, Accept-Encoding"

// allowedHeaders are the request headers a page on another origin may send
// beyond the safelisted ones.
const allowedHeaders = "Content-Type, Content-Encoding, X-Request-Id"

// answer routes the request and turns a panic into a 500 problem.
func (h *Handler) answer(r *http.Request) (res *response) {
	defer func() {
		if v := recover(); v != nil {
			if h.onPanic != nil {
				h.onPanic(v)
			}
			res = problemResponse(newProblem(http.StatusInternalServerError, "internal", "the server failed on this request; this is a bug in crosscheck"), r)
		}
	}()
	methods, ok := h.routes[r.URL.Path]
	if !ok {
		return problemResponse(newProblem(http.StatusNotFound, "not-found", "the API lives under /v1/; its description is at /openapi.json"), r)
	}
	allow := allowed(methods)
	if r.Method == http.MethodOptions {
		// A CORS preflight: say what a browser on another origin may send.
		return &response{status: http.StatusNoContent, header: http.Header{
			"Allow":                        {allow},
			"Access-Control-Allow-Methods": {allow},
			"Access-Control-Allow-Headers": {allowedHeaders},
			"Access-Control-Max-Age":       {"86400"},
		}}
	}
	method := r.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	fn, ok := methods[method]
	if !ok {
		res := problemResponse(newProblem(http.StatusMethodNotAllowed, "method-not-allowed", r.Method+" is not allowed on "+r.URL.Path+"; allowed: "+allow), r)
		res.header.Set("Allow", allow)
		return res
	}
	if params, ok := h.params[r.URL.Path]; ok {
		// A path with no options still refuses an unknown parameter, as
		// /v1/check does: a misspelt one must not pass silently anywhere.
		if o := fromQuery(r.URL.RawQuery, params); o.diags.HasErrors() {
			return badRequest(o.diags, r)
		}
	}
	return fn(r)
}

// allowed lists a route's methods for the Allow header, HEAD with GET and
// OPTIONS always.
func allowed(methods map[string]func(*http.Request) *response) string {
	var ms []string
	for m := range methods {
		ms = append(ms, m)
		if m == http.MethodGet {
			ms = append(ms, http.MethodHead)
		}
	}
	sort.Strings(ms)
	return strings.Join(append(ms, http.MethodOptions), ", ")
}

// health answers GET /v1/health: the build, the report's version and the
// limits a request must keep to. It does no engine work, so it measures
// what the host itself costs.
func (h *Handler) health(*http.Request) *response {
	return jsonResponse(http.StatusOK, "application/json", struct {
		Status string `json:"status"`
		Report string `json:"report"`
		BuildInfo
		Limits Limits `json:"limits"`
	}{"ok", report.Schema, h.build, h.limits})
}
