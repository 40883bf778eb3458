package httpapi

import (
	_ "embed"
	"net/http"
)

// OpenAPI is the API's OpenAPI 3.1 description, served at /openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte

func (h *Handler) openapi(*http.Request) *response {
	return &response{status: http.StatusOK, header: http.Header{"Content-Type": {"application/json"}}, body: OpenAPI}
}
