package rule

import (
	"bytes"
	"encoding/json"
	"hash/fnv"
	"strconv"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// A snapshot is a rule set as Load made it, with its diagnostics, written
// as JSON so that a host can skip the YAML. Decoding YAML into located
// nodes is most of the start-up work of a check with the built-in rules
// (3 ms natively, 12 ms under Wasm, where a Worker pays it on every
// request); decoding the snapshot takes a seventh of that. JSON rather
// than generated Go, so that a change to a lexicon type in another
// package never breaks the build of the hosts: a snapshot that no longer
// fits is refused, and the host reads the YAML.
//
// What a snapshot leaves out: the Loc of each item and the files' roots,
// which only validation and the linter use (a snapshot's set is already
// validated). Its diagnostics are Load's, word for word.
type snapshot struct {
	// Sources identifies the rule files it was made from (see sourcesKey).
	Sources string    `json:"sources"`
	File    File      `json:"file"`
	Diags   diag.List `json:"diagnostics"`
}

// sourcesKey names the exact bytes of the rule files (test files left
// out) with their names: an FNV-64a hash and the total size. It guards
// against a snapshot older than the files, not against forgery.
func sourcesKey(srcs []Source) string {
	h := fnv.New64a()
	n := 0
	for _, s := range ruleFiles(srcs) {
		h.Write([]byte(s.Name))
		h.Write([]byte{0})
		h.Write(s.Data)
		h.Write([]byte{0})
		n += len(s.Data)
	}
	return strconv.FormatUint(h.Sum64(), 16) + "-" + strconv.Itoa(n)
}

// Snapshot loads srcs and writes the resulting set and diagnostics for
// FromSnapshot.
func Snapshot(srcs []Source) ([]byte, error) {
	set, diags := Load(srcs)
	snap := snapshot{Sources: sourcesKey(srcs), File: set.File, Diags: diags}
	if snap.Diags == nil {
		snap.Diags = diag.List{}
	}
	b, err := json.MarshalIndent(&snap, "", "")
	return append(b, '\n'), err
}

// FromSnapshot returns what Load(srcs) returns, read from a snapshot that
// Snapshot made from the same files. It reports false, and the caller
// loads the YAML, when the snapshot was made from other files or no longer
// fits the rule types (a field renamed, removed or of another type).
func FromSnapshot(data []byte, srcs []Source) (*Set, diag.List, bool) {
	var snap snapshot
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&snap); err != nil || snap.Sources != sourcesKey(srcs) {
		return nil, nil, false
	}
	if len(snap.Diags) == 0 {
		snap.Diags = nil // as Load returns no diagnostics
	}
	return &Set{File: snap.File, Sources: ruleFiles(srcs)}, snap.Diags, true
}
