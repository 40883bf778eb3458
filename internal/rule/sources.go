package rule

import (
	"io/fs"
	"path"
)

// Sources reads the rule files (.yaml, .yml) below root in fsys, named by
// their paths there: the embedded built-in rules, or a folder on disk.
func Sources(fsys fs.FS, root string) ([]Source, error) {
	var out []Source
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || (path.Ext(p) != ".yaml" && path.Ext(p) != ".yml") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, Source{Name: p, Data: b})
		return nil
	})
	return out, err
}
