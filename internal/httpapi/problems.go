package httpapi

import (
	"net/http"
	"sort"
)

// Every problem's type is a path of the API, /problems/CODE, so the type
// of an error a client got resolves, against the URL it asked, to a
// description of that kind of error (RFC 9457 §3.1.1); GET /problems
// lists them all.

// problemDocs describe each problem type: what causes it and what to do.
var problemDocs = map[string]struct {
	status int
	text   string
}{
	"bad-json":           {400, "The body is not valid JSON or JSON Lines, is empty, or nests deeper than 512 levels. Each diagnostic gives the line and column (and the JSON pointer) of the first error."},
	"bad-request":        {400, "A setting is wrong: an unknown member or query parameter (on every path), a value out of its list, a member of the wrong type, an option given both in the query and in the body, or a body that says gzip and is not. Each diagnostic names the setting, with a did-you-mean."},
	"not-found":          {404, "Nothing is at this path. The API lives under /v1/; its description is at /openapi.json."},
	"method-not-allowed": {405, "The path does not take this method. Allow lists the methods it takes."},
	"too-large":          {413, "The request is over a size limit: limit names which (request_bytes, documents, document_bytes, rules_bytes), max gives the bound and size the request's size when it is known. A gzip body counts once decoded. GET /v1/health gives the limits."},
	"unsupported-type":   {415, "The body's Content-Type is not one the path reads (Accept-Post lists those it reads), its charset is not UTF-8, or its Content-Encoding is neither none nor gzip (Accept-Encoding: gzip)."},
	"invalid-rules":      {422, "The request's rule text has errors; each diagnostic gives its line and column in the rule text."},
	"invalid-documents":  {422, "The body is JSON, but records in it are not documents (not objects, or without text); each diagnostic gives the record's JSON pointer, line and column. With strict false, the documents that were read are checked and this is answered only when none was."},
	"internal":           {500, "A bug in crosscheck: the handler failed on this request and answered instead of crashing. Nothing of the failure is in the answer; the instance names the request in the server's log."},
	"busy":               {503, "The requests in flight hold the server's memory budget (memory_budget in GET /v1/health): each reserves a fixed part and 16 bytes for every byte of its body. Retry after the Retry-After seconds; a smaller request gets in sooner."},
}

// problemDoc is the answer of GET /problems/CODE.
type problemDoc struct {
	Type        string `json:"type"`
	Title       string `json:"title"`
	Status      int    `json:"status"`
	Description string `json:"description"`
}

func docOf(code string) problemDoc {
	d := problemDocs[code]
	return problemDoc{Type: problemType(code), Title: titles[code], Status: d.status, Description: d.text}
}

// problemPage answers GET /problems/CODE.
func problemPage(code string) func(*http.Request) *response {
	return func(*http.Request) *response {
		return jsonResponse(http.StatusOK, "application/json", docOf(code))
	}
}

// problemList answers GET /problems: every problem type, by status.
func (h *Handler) problemList(*http.Request) *response {
	var all []problemDoc
	for code := range problemDocs {
		all = append(all, docOf(code))
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Status != all[j].Status {
			return all[i].Status < all[j].Status
		}
		return all[i].Type < all[j].Type
	})
	return jsonResponse(http.StatusOK, "application/json", struct {
		Problems []problemDoc `json:"problems"`
	}{all})
}

// ProblemCodes lists every problem code, sorted.
func ProblemCodes() []string {
	var codes []string
	for c := range problemDocs {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}
