package main

import (
	"strings"
	"sync"
)

// A labeller writes an actor as the report names it ("Pakistani
// Taliban"); the engine names it by the rules' actor ("Tehrik-e-Taliban
// Pakistan") when the rules list that spelling as the actor's alias. Both
// name one actor.

// actorIDs maps the rules' actors' names and aliases, lower-cased, to the
// actor's id.
var actorIDs = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	rs := builtinRules()
	if rs == nil {
		return out
	}
	for _, a := range rs.Actors {
		out[strings.ToLower(a.Name)] = a.ID
		for _, al := range a.Aliases {
			out[strings.ToLower(al)] = a.ID
		}
	}
	return out
})

// sameActor reports a labelled actor and a read one (or one of the names
// "A / B" lists) that the rules hold to be one actor.
func sameActor(label, read string) bool {
	ids := actorIDs()
	id, ok := ids[strings.ToLower(strings.TrimSpace(label))]
	if !ok {
		return false
	}
	for _, name := range strings.Split(read, " / ") {
		if ids[strings.ToLower(strings.TrimSpace(name))] == id {
			return true
		}
	}
	return false
}
