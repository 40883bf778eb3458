package httpapi

import "runtime/debug"

// BuildInfo is what /v1/health says of the running build.
type BuildInfo struct {
	// Version is the module's version: "(devel)" for a build from a
	// checkout, a tag for `go install …@version`.
	Version string `json:"version"`
	// Commit is the git commit built from ("" when the build did not
	// record it, as go test and go run do not), "-dirty" after it when
	// the checkout had changes.
	Commit string `json:"commit"`
}

// Build is the running build, read from what the Go toolchain stamped in
// the binary; handlers made afterwards report it. Tests set it to compare
// hosts built differently.
var Build = readBuild()

func readBuild() BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return BuildInfo{Version: "unknown"}
	}
	b := BuildInfo{Version: bi.Main.Version}
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if b.Commit != "" && dirty {
		b.Commit += "-dirty"
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	return b
}
