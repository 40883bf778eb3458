package httpapi

import (
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// Body kinds a request may send.
const (
	kindJSON  = "json"
	kindJSONL = "jsonl"
	kindYAML  = "yaml"
)

// mediaKinds maps the media types the API reads to what they hold.
var mediaKinds = map[string]string{
	"application/json":        kindJSON,
	"application/x-ndjson":    kindJSONL,
	"application/jsonl":       kindJSONL,
	"application/jsonlines":   kindJSONL,
	"application/x-jsonlines": kindJSONL,
	"application/yaml":        kindYAML,
	"application/x-yaml":      kindYAML,
	"text/yaml":               kindYAML,
	"text/x-yaml":             kindYAML,
	"text/plain":              kindYAML,
}

// bodyKind reads the Content-Type and says which of the accepted kinds
// the body is, or answers 415 naming the types this endpoint takes.
func bodyKind(r *http.Request, accept ...string) (string, *Problem, string) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	kind := mediaKinds[strings.ToLower(mt)]
	var types []string
	for _, a := range accept {
		types = append(types, typesOf(a)...)
	}
	list := strings.Join(types, ", ")
	for _, a := range accept {
		if err != nil || kind != a {
			continue
		}
		// Every body is read as UTF-8; a body that says it is in another
		// charset would be misread, so it is refused rather than guessed.
		if cs, ok := params["charset"]; ok && !isUTF8(cs) {
			detail := fmt.Sprintf("charset %q is not read: send the body in UTF-8 (charset=utf-8, or no charset)", cs)
			return "", newProblem(http.StatusUnsupportedMediaType, "unsupported-type", detail), list
		}
		return kind, nil, ""
	}
	detail := fmt.Sprintf("Content-Type %q is not one this endpoint reads; send one of: %s", ct, list)
	if ct == "" {
		detail = "the request has no Content-Type; send one of: " + list
	}
	return "", newProblem(http.StatusUnsupportedMediaType, "unsupported-type", detail), list
}

// isUTF8 reports whether a charset names UTF-8, or US-ASCII, which is
// read the same.
func isUTF8(cs string) bool {
	switch strings.ToLower(cs) {
	case "utf-8", "utf8", "us-ascii":
		return true
	}
	return false
}

// acceptEncoding is what a request body may be encoded with.
const acceptEncoding = "gzip"

// decoder returns the body with its Content-Encoding undone: none or
// gzip. Any other encoding is a 415 (RFC 9110 §15.5.16), answered with
// Accept-Encoding.
func decoder(r *http.Request) (io.Reader, *Problem) {
	ce := r.Header.Values("Content-Encoding")
	enc := strings.ToLower(strings.TrimSpace(strings.Join(ce, ",")))
	switch {
	case r.Body == nil:
		return nil, nil
	case enc == "" || enc == "identity":
		return r.Body, nil
	case enc == "gzip" || enc == "x-gzip":
		z, err := gzip.NewReader(r.Body)
		if err != nil {
			return nil, newProblem(http.StatusBadRequest, "bad-request", "the body says Content-Encoding gzip and is not gzip: "+err.Error())
		}
		return z, nil
	}
	return nil, newProblem(http.StatusUnsupportedMediaType, "unsupported-type",
		fmt.Sprintf("Content-Encoding %q is not read; send the body as it is, or gzip", strings.Join(ce, ", ")))
}

// typesOf lists the media types of a kind, the preferred one first.
func typesOf(kind string) []string {
	switch kind {
	case kindJSON:
		return []string{"application/json"}
	case kindJSONL:
		return []string{"application/x-ndjson", "application/jsonl"}
	case kindYAML:
		return []string{"application/yaml", "text/yaml", "text/plain"}
	}
	return nil
}

// readBody reads the whole body, gzip undone, answering 413 past the
// request limit before reading more than the limit, and 503 when the
// memory budget cannot hold it (admission.go): the reservation grows as
// bytes arrive, so a body sent without a length, or compressed, is held to
// the budget too. Both bounds count the bytes after decoding.
func readBody(r *http.Request, limit int64) ([]byte, *Problem) {
	if r.ContentLength > limit {
		return nil, tooLarge("request_bytes", limit, r.ContentLength, "")
	}
	body, p := decoder(r)
	if body == nil || p != nil {
		return nil, p
	}
	t := ticketOf(r)
	if r.ContentLength > 0 && !t.grow(memoryPerByte*r.ContentLength) {
		drain(r)
		return nil, busyProblem()
	}
	reserved := max(r.ContentLength, 0)
	b := make([]byte, 0, reserved)
	buf := make([]byte, 64<<10)
	src := io.LimitReader(body, limit+1)
	for {
		n, err := src.Read(buf)
		if int64(len(b)+n) > reserved {
			more := int64(len(b)+n) - reserved
			if !t.grow(memoryPerByte * more) {
				drain(r)
				return nil, busyProblem()
			}
			reserved += more
		}
		b = append(b, buf[:n]...)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, newProblem(http.StatusBadRequest, "bad-request", "the body could not be read: "+err.Error())
		}
	}
	if int64(len(b)) > limit {
		drain(r)
		// A body sent without a length, or compressed: all we know is that
		// it is longer.
		return nil, tooLarge("request_bytes", limit, 0, "")
	}
	return b, nil
}

// drain reads the rest of a body that will not be used before answering.
// In local workerd, an upload cut short (left pending, or cancelled with
// Body.Close) makes the next request fail with "worker restarted
// mid-request" (a 503); a drained one does not. Workers refuse bodies over
// 100 MB anyway.
func drain(r *http.Request) {
	if r.Body != nil {
		io.Copy(io.Discard, io.LimitReader(r.Body, maxDrain))
	}
}

// maxDrain bounds the bytes read past the limit only to be thrown away:
// Cloudflare's own request limit.
const maxDrain = 100 << 20

// tooLarge is the 413 problem for one limit.
func tooLarge(limit string, max, size int64, pointer string) *Problem {
	what := map[string]string{
		"request_bytes":  "the request body is over %d bytes",
		"documents":      "the request holds more than %d documents",
		"document_bytes": "a document's text is over %d bytes",
		"rules_bytes":    "the rule text is over %d bytes",
	}[limit]
	p := newProblem(http.StatusRequestEntityTooLarge, "too-large", fmt.Sprintf(what, max))
	p.Limit, p.Max, p.Size = limit, max, size
	if pointer != "" {
		p.Detail += " (" + pointer + ")"
	}
	return p
}

// typedBody reads a request body of one of the accepted kinds, within the
// request limit; a refusal comes back as the response to send (with
// Accept-Post for a wrong type).
func (h *Handler) typedBody(r *http.Request, accept ...string) (kind string, body []byte, refused *response) {
	kind, p, acceptPost := bodyKind(r, accept...)
	if p != nil {
		res := problemResponse(p, r)
		res.header.Set("Accept-Post", acceptPost)
		return "", nil, res
	}
	body, p = readBody(r, h.limits.RequestBytes)
	if p != nil {
		res := problemResponse(p, r)
		if p.Status == http.StatusUnsupportedMediaType {
			res.header.Set("Accept-Encoding", acceptEncoding)
		}
		return "", nil, res
	}
	return kind, body, nil
}
