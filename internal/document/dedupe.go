package document

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// dedupe makes ids unique within one input, warning at each duplicate.
func (l *loader) dedupe() {
	renameDuplicates(l.docs, func(i, j int, old string) {
		at := l.locs[i]
		l.add(l.near(at, diag.Diagnostic{
			Code: "duplicate-id", Severity: diag.Warning, Field: "id",
			Message: fmt.Sprintf("id %q is also used by %s; renamed to %q", old, l.docs[j].Origin, l.docs[i].ID),
		}, at.rec))
	})
}

// DedupeIDs makes ids unique across documents loaded from several inputs,
// renaming later duplicates "<id>#2", "<id>#3", ... It returns one warning
// per renamed document, placed by the document's Origin.
func DedupeIDs(docs []Document) diag.List {
	var diags diag.List
	renameDuplicates(docs, func(i, j int, old string) {
		d := diag.Diagnostic{
			Code: "duplicate-id", Severity: diag.Warning, Field: "id",
			Message: fmt.Sprintf("id %q is also used by %s; renamed to %q", old, docs[j].Origin, docs[i].ID),
		}
		d.File, d.Pointer, d.Line = splitOrigin(docs[i].Origin)
		if d.Line > 0 {
			d.Col = 1
		}
		diags = append(diags, d)
	})
	return diags
}

// renameDuplicates gives each document whose id an earlier one (j) already
// has the id "<id>#k" for the smallest free k >= 2, then calls renamed.
func renameDuplicates(docs []Document, renamed func(i, j int, old string)) {
	first := map[string]int{}
	taken := map[string]bool{}
	next := map[string]int{} // next suffix to try per id: many copies of one id stay linear
	for _, d := range docs {
		taken[d.ID] = true
	}
	for i := range docs {
		id := docs[i].ID
		j, seen := first[id]
		if !seen {
			first[id] = i
			continue
		}
		for k := max(next[id], 2); ; k++ {
			c := id + "#" + strconv.Itoa(k)
			if !taken[c] {
				taken[c] = true
				next[id] = k + 1
				docs[i].ID = c
				break
			}
		}
		renamed(i, j, id)
	}
}

// splitOrigin splits "file:/pointer" and "file:line" into their parts;
// any other origin is all file.
func splitOrigin(o string) (file, ptr string, line int) {
	if i := strings.LastIndex(o, ":/"); i >= 0 {
		return o[:i], o[i+1:], 0
	}
	if i := strings.LastIndexByte(o, ':'); i >= 0 {
		if n, err := strconv.Atoi(o[i+1:]); err == nil && n > 0 {
			return o[:i], "", n
		}
	}
	return o, "", 0
}
