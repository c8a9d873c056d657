package groundwork
import (
	_ "github.com/spf13/cobra"
	_ "gopkg.in/yaml.v3"
	_ "github.com/jdkato/prose/v2"
	_ "github.com/blevesearch/bleve/v2"
	_ "gonum.org/v1/gonum/stat/distuv"
	_ "gonum.org/v1/plot"
	_ "modernc.org/sqlite"
	_ "github.com/xuri/excelize/v2"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "golang.org/x/text/unicode/norm"
	_ "golang.org/x/term"
	_ "golang.org/x/sync/errgroup"
	_ "github.com/chromedp/chromedp"
)

