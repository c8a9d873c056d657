// Command ixstat prints what a project's search index is made of: its file
// segments (searches slow down with every one), documents and size on
// disk, for bench/run to record after ingest and after a rebuild. It opens
// the index read-only, as a search does, and changes nothing.
//
//	go run ./bench/ixstat -project bench/out/p-1000
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"

	"github.com/groundwork-qda/groundwork/corpus"
)

func main() {
	projDir := flag.String("project", ".", "the groundwork project `DIR`")
	flag.Parse()
	if err := run(*projDir); err != nil {
		fmt.Fprintln(os.Stderr, "ixstat:", err)
		os.Exit(1)
	}
}

func run(projDir string) error {
	proj, err := corpus.Open(projDir)
	if err != nil {
		return err
	}
	path := proj.IndexPath()
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
	if err != nil {
		return fmt.Errorf("opening the index %s: %w", path, err)
	}
	defer idx.Close()
	stats, _ := idx.StatsMap()["index"].(map[string]interface{})
	segs := -1
	switch v := stats["num_root_filesegments"].(type) {
	case uint64:
		segs = int(v)
	case int:
		segs = v
	}
	docs, err := idx.DocCount()
	if err != nil {
		return err
	}
	var size int64
	filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	fmt.Printf("ixstat index_segments=%d index_docs=%d index_mb=%.1f\n", segs, docs, float64(size)/1e6)
	return nil
}
