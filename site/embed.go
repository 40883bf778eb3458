// Package site holds the web page's files, embedded in the command line so
// that `crosscheck serve` needs nothing beside it. Build steps (the Wasm
// engine, bundled scripts) write into public/ before the Go build.
package site

import (
	"embed"
	"io/fs"
)

//go:embed all:public
var files embed.FS

// FS is the page's files, rooted at public/.
var FS fs.FS = mustSub(files, "public")

func mustSub(f embed.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // the directory is embedded above; a failure is a build bug
	}
	return sub
}
