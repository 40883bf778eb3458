package httpapi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/httpapi"
	"github.com/crosscheck/crosscheck/test/api"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The OpenAPI description is checked two ways. A structural test (written
// here; no OpenAPI validator is a dependency) checks what OpenAPI 3.1
// requires of the parts we use and that the description and the handler
// agree on paths and methods. Then every answer of the conformance cases
// is validated, with a JSON Schema 2020-12 validator (a test-only
// dependency), against the schema the description gives for its path,
// method, status and media type: the description cannot drift from what
// the API sends.

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func openapiDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(httpapi.OpenAPI))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return doc
}

func TestOpenAPIStructure(t *testing.T) {
	doc := openapiDoc(t)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		t.Errorf("openapi = %q, want 3.1.x", v)
	}
	info, _ := doc["info"].(map[string]any)
	if s, _ := info["title"].(string); s == "" {
		t.Error("info.title is required")
	}
	if s, _ := info["version"].(string); s == "" {
		t.Error("info.version is required")
	}
	paths, _ := doc["paths"].(map[string]any)
	if len(paths) == 0 {
		t.Fatal("no paths")
	}
	ids := map[string]string{}
	h := httpapi.New(httpapi.Options{})
	for p, item := range paths {
		if !strings.HasPrefix(p, "/") {
			t.Errorf("path %q must start with /", p)
		}
		ops, _ := item.(map[string]any)
		concrete := instantiate(p, ops)
		for _, m := range methods {
			op, ok := ops[m].(map[string]any)
			status := answerStatus(h, strings.ToUpper(m), concrete)
			if !ok {
				// Not documented: the handler must refuse it (HEAD and
				// OPTIONS are answered on every path, undocumented).
				if m != "head" && m != "options" && status != http.StatusMethodNotAllowed {
					t.Errorf("%s %s is not documented but answers %d", strings.ToUpper(m), p, status)
				}
				continue
			}
			if status == http.StatusNotFound || status == http.StatusMethodNotAllowed {
				t.Errorf("%s %s is documented but answers %d", strings.ToUpper(m), p, status)
			}
			id, _ := op["operationId"].(string)
			if prev, dup := ids[id]; id == "" || dup {
				t.Errorf("%s %s: operationId %q missing or also used by %s", m, p, id, prev)
			}
			ids[id] = m + " " + p
			res, _ := op["responses"].(map[string]any)
			ok2xx := false
			for code := range res {
				if len(code) != 3 || (code[0] < '1' || code[0] > '5') {
					t.Errorf("%s %s: response key %q is not a status code", m, p, code)
				}
				ok2xx = ok2xx || code[0] == '2'
			}
			if !ok2xx {
				t.Errorf("%s %s documents no success response", m, p)
			}
		}
	}
	// Every $ref points at something in the document.
	var walk func(v any, at string)
	walk = func(v any, at string) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				if !strings.HasPrefix(ref, "#/") {
					t.Errorf("%s: $ref %q is not local", at, ref)
				} else if _, ok := api.Pointer(any(doc), ref[1:]); !ok {
					t.Errorf("%s: $ref %q resolves to nothing", at, ref)
				}
			}
			for k, e := range v {
				walk(e, at+"/"+k)
			}
		case []any:
			for i, e := range v {
				walk(e, at+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(any(doc), "")
}

// instantiate fills a path's template parameters ({code}) with their
// examples, for a request the handler can answer.
func instantiate(p string, item map[string]any) string {
	params, _ := item["parameters"].([]any)
	for _, x := range params {
		prm, _ := x.(map[string]any)
		if prm["in"] == "path" {
			p = strings.ReplaceAll(p, "{"+prm["name"].(string)+"}", fmt.Sprint(prm["example"]))
		}
	}
	return p
}

// operationPath finds the description's path for a request path, a
// template ({code}) matching one segment.
func operationPath(doc map[string]any, path string) string {
	paths, _ := doc["paths"].(map[string]any)
	if _, ok := paths[path]; ok {
		return path
	}
	for p := range paths {
		if !strings.Contains(p, "{") {
			continue
		}
		re := "^" + regexp.MustCompile(`\\\{[^}]*\\\}`).ReplaceAllString(regexp.QuoteMeta(p), "[^/]+") + "$"
		if regexp.MustCompile(re).MatchString(path) {
			return p
		}
	}
	return path
}

// TestProblemTypesDescribed: every problem code has its page, and the
// description lists exactly those codes.
func TestProblemTypesDescribed(t *testing.T) {
	doc := openapiDoc(t)
	item, _ := api.Pointer(any(doc), "/paths/~1problems~1{code}/parameters/0/schema/enum")
	listed := map[string]bool{}
	for _, c := range item.([]any) {
		listed[c.(string)] = true
	}
	h := httpapi.New(httpapi.Options{})
	for _, code := range httpapi.ProblemCodes() {
		if !listed[code] {
			t.Errorf("problem %q is not in the description's list", code)
		}
		delete(listed, code)
		req, _ := http.NewRequest(http.MethodGet, "http://crosscheck.test/problems/"+code, nil)
		a := api.Serve(h, req)
		var d struct {
			Type, Title, Description string
			Status                   int
		}
		if err := json.Unmarshal(a.Body, &d); a.Status != 200 || err != nil || d.Type != "/problems/"+code || d.Title == "" || d.Description == "" || d.Status < 400 {
			t.Errorf("GET /problems/%s: %d %s", code, a.Status, a.Body)
		}
	}
	for code := range listed {
		t.Errorf("the description lists %q, which is no problem code", code)
	}
}

// answerStatus is the status of a bodiless request.
func answerStatus(h http.Handler, method, path string) int {
	req, _ := http.NewRequest(method, "http://crosscheck.test"+path, nil)
	return api.Serve(h, req).Status
}

// TestOpenAPIDescribesAnswers validates every case's answer (and JSON
// request body) against the schema the description gives for it.
func TestOpenAPIDescribesAnswers(t *testing.T) {
	doc := openapiDoc(t)
	res, err := jsonschema.UnmarshalJSON(bytes.NewReader(httpapi.OpenAPI))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("openapi.json", res); err != nil {
		t.Fatal(err)
	}
	compiled := map[string]*jsonschema.Schema{}
	schemaAt := func(ptr string) *jsonschema.Schema {
		if s, ok := compiled[ptr]; ok {
			return s
		}
		s, err := c.Compile("openapi.json#" + ptr)
		if err != nil {
			t.Fatalf("compiling %s: %v", ptr, err)
		}
		compiled[ptr] = s
		return s
	}
	cases, err := api.Load(filepath.Join(root, "test", "api", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	h := httpapi.New(httpapi.Options{})
	checked := map[string]bool{}
	for _, cs := range cases {
		m := strings.ToLower(cs.Request.Method)
		path, _, _ := strings.Cut(cs.Request.Path, "?")
		op := "/paths/" + escape(operationPath(doc, path)) + "/" + m
		if _, ok := api.Pointer(any(doc), op); !ok {
			continue // unknown paths, OPTIONS and HEAD are not operations
		}
		body, err := cs.Request.BodyBytes(root)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := cs.Request.New("http://crosscheck.test", body)
		a := api.Serve(h, req)
		// The request, when it is JSON the API accepts.
		if mt, _, _ := mime.ParseMediaType(cs.Request.Headers["Content-Type"]); mt == "application/json" && a.Status < 300 {
			validate(t, schemaAt, cs.Name+" (request)", op+"/requestBody/content/application~1json/schema", body)
		}
		// The answer.
		resp := op + "/responses/" + strconv.Itoa(a.Status)
		r, ok := api.Pointer(any(doc), resp)
		if !ok {
			t.Errorf("%s: %s %s answers %d, which the description does not list", cs.Name, cs.Request.Method, path, a.Status)
			continue
		}
		if ref, ok := r.(map[string]any)["$ref"].(string); ok {
			resp = ref[1:]
		}
		mt, _, _ := mime.ParseMediaType(a.Header.Get("Content-Type"))
		if len(a.Body) == 0 {
			continue
		}
		ptr := resp + "/content/" + escape(mt) + "/schema"
		if _, ok := api.Pointer(any(doc), ptr); !ok {
			t.Errorf("%s: answers %d as %s, which the description does not list", cs.Name, a.Status, mt)
			continue
		}
		if strings.HasSuffix(mt, "json") {
			validate(t, schemaAt, cs.Name, ptr, a.Body)
			checked[ptr] = true
		}
	}
	var got []string
	for p := range checked {
		got = append(got, p)
	}
	sort.Strings(got)
	// The schemas that matter most must have met real answers.
	for _, want := range []string{
		"/paths/~1v1~1check/post/responses/200/content/application~1json/schema",
		"/components/responses/BadRequest/content/application~1problem+json/schema",
		"/components/responses/TooLarge/content/application~1problem+json/schema",
		"/components/responses/Unprocessable/content/application~1problem+json/schema",
		"/paths/~1v1~1rules~1lint/post/responses/200/content/application~1json/schema",
	} {
		if !checked[want] {
			t.Errorf("no case's answer was validated against %s; validated: %v", want, got)
		}
	}
}

func validate(t *testing.T, schemaAt func(string) *jsonschema.Schema, name, ptr string, body []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Errorf("%s: not JSON: %v", name, err)
		return
	}
	if err := schemaAt(ptr).Validate(inst); err != nil {
		t.Errorf("%s: does not match %s:\n%v", name, ptr, err)
	}
}

// escape escapes a key for a JSON pointer.
func escape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}
