package rule

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// Source is one rule file's name and bytes, and the layer it belongs to:
// the built-in rules are layer 0 (or whatever a host starts from), each
// --rules path (or an API request's rules) one layer more. A later layer
// adds to the earlier ones and may change their checks by id; see
// resolveChecks.
type Source struct {
	Name  string
	Data  []byte
	Layer int
}

// Set is the merged content of all rule files.
type Set struct {
	File
	Sources []Source
	// roots are where each file's top-level sections were written.
	roots map[string]yamlx.Loc
	// careSites are each file's own words.care_sites, to place problems.
	careSites map[string][]string
	// layerOf is each file's layer, and defined the file of each id
	// (kind/id) met so far, for the hints of duplicate-id.
	layerOf map[string]int
	defined map[string]string
}

// IsTestFile reports whether a file of a rule directory holds test cases
// (name_test.yaml) rather than rules; Load leaves such files out.
func IsTestFile(name string) bool {
	return strings.HasSuffix(name, "_test.yaml") || strings.HasSuffix(name, "_test.yml")
}

// Severities, lowest first.
var Severities = []string{"info", "low", "medium", "high"}

// SeverityRank orders severities; unknown ones rank -1.
func SeverityRank(s string) int {
	for i, v := range Severities {
		if v == s {
			return i
		}
	}
	return -1
}

// Load decodes and merges rule files, reporting every problem with its
// file, line and column. Files are merged in name order so that the result
// does not depend on the order they were given in. Test files (see
// IsTestFile) are left out, so a rule directory can hold its tests.
func Load(srcs []Source) (*Set, diag.List) {
	srcs = ruleFiles(srcs)
	set := &Set{Sources: srcs, File: File{Names: map[string]string{}, Groups: map[string]string{}}, roots: map[string]yamlx.Loc{}, careSites: map[string][]string{}}
	var all diag.List
	set.layerOf = map[string]int{}
	for _, s := range srcs {
		set.layerOf[s.Name] = s.Layer
		var f File
		root, ds := yamlx.DecodeLoc(s.Name, s.Data, &f)
		set.roots[s.Name] = root
		set.careSites[s.Name] = f.Words.CareSites
		all = append(all, ds...)
		set.merge(&f, s.Name, s.Layer)
	}
	all = append(all, set.resolveChecks()...)
	all = append(all, set.validate()...)
	all.Sort()
	return set, all
}

// ruleFiles are the files of srcs that hold rules, in the order Load
// merges them.
func ruleFiles(srcs []Source) []Source {
	var rules []Source
	for _, s := range srcs {
		if !IsTestFile(s.Name) {
			rules = append(rules, s)
		}
	}
	sort.SliceStable(rules, func(i, j int) bool {
		if rules[i].Layer != rules[j].Layer {
			return rules[i].Layer < rules[j].Layer
		}
		return rules[i].Name < rules[j].Name
	})
	return rules
}

// merge appends one file's sections to the set.
func (s *Set) merge(f *File, name string, layer int) {
	for i := range f.Counts {
		f.Counts[i].File = name
	}
	for i := range f.Facts {
		f.Facts[i].File = name
	}
	for i := range f.Responsibility {
		f.Responsibility[i].File = name
	}
	for i := range f.Actors {
		f.Actors[i].File = name
		if t := f.Actors[i].Type; t != "group" && contains(GroupTypes, t) {
			f.Actors[i].Declared, f.Actors[i].Type = t, "group"
		}
	}
	for i := range f.Checks {
		f.Checks[i].File = name
		f.Checks[i].layer = layer
	}
	s.Counts = append(s.Counts, f.Counts...)
	s.Facts = append(s.Facts, f.Facts...)
	s.Responsibility = append(s.Responsibility, f.Responsibility...)
	s.Actors = append(s.Actors, f.Actors...)
	s.Checks = append(s.Checks, f.Checks...)
	for k, v := range f.Names {
		s.Names[strings.ToLower(k)] = v
	}
	for k, v := range f.Groups {
		s.Groups[strings.ToLower(k)] = strings.ToLower(v)
	}
	mergeStruct(reflect.ValueOf(&s.Quantity).Elem(), reflect.ValueOf(&f.Quantity).Elem())
	mergeStruct(reflect.ValueOf(&s.Dates).Elem(), reflect.ValueOf(&f.Dates).Elem())
	mergeStruct(reflect.ValueOf(&s.Words).Elem(), reflect.ValueOf(&f.Words).Elem())
}

// mergeStruct merges a lexicon section: lists are appended, map entries
// added (a later file wins for the same key).
func mergeStruct(dst, src reflect.Value) {
	for i := 0; i < dst.NumField(); i++ {
		d, sv := dst.Field(i), src.Field(i)
		if !d.CanSet() {
			continue
		}
		switch d.Kind() {
		case reflect.Slice:
			d.Set(reflect.AppendSlice(d, sv))
		case reflect.Map:
			if sv.Len() == 0 {
				continue
			}
			if d.IsNil() {
				d.Set(reflect.MakeMap(d.Type()))
			}
			it := sv.MapRange()
			for it.Next() {
				d.SetMapIndex(it.Key(), it.Value())
			}
		}
	}
}

// Check returns the check for a finding kind and claim kind, if any: the
// first that takes them, in the order resolveChecks left (later layers
// first).
func (s *Set) Check(kind, claim string) (Check, bool) {
	for _, c := range s.Checks {
		if c.Kind != kind {
			continue
		}
		if len(c.Claims) == 0 {
			return c, true
		}
		for _, k := range c.Claims {
			if k == claim {
				return c, true
			}
		}
	}
	return Check{}, false
}

// Count returns the count kind with the given id.
func (s *Set) Count(id string) (CountKind, bool) {
	for _, k := range s.Counts {
		if k.ID == id {
			return k, true
		}
	}
	return CountKind{}, false
}

// Actor returns the actor with the given id.
func (s *Set) Actor(id string) (Actor, bool) {
	for _, a := range s.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}

// Related reports whether two actors are the same or one is a branch of the
// other (ISKP and ISIS); two branches of one parent are not.
func (s *Set) Related(a, b string) bool {
	if a == b {
		return true
	}
	return s.ancestor(a, b) || s.ancestor(b, a)
}

// ancestor reports whether anc is above id in the hierarchy.
func (s *Set) ancestor(anc, id string) bool {
	seen := map[string]bool{}
	for id != "" && !seen[id] {
		seen[id] = true
		a, ok := s.Actor(id)
		if !ok {
			return false
		}
		if a.Parent == anc {
			return true
		}
		id = a.Parent
	}
	return false
}

func errAt(file string, line, col int, code, format string, args ...any) diag.Diagnostic {
	return diag.Diagnostic{Code: code, Severity: diag.Error, File: file, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
}
