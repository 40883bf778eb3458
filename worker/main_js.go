//go:build js && wasm

// Command worker is the crosscheck API as a Cloudflare Worker: the
// httpapi handler served through github.com/syumai/workers. Build it with
// `make worker`; wrangler.toml at the repository root serves and deploys
// it. The handler is the one `crosscheck serve` runs natively.
package main

import "github.com/syumai/workers"

func main() {
	// The glue starts a fresh Go instance for every request, so this runs
	// per request: New only builds a route table; the rules are compiled
	// when a check needs them.
	workers.Serve(handler())
}
