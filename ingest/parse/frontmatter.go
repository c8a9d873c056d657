package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

const frontMatterFix = "fix the block between the --- lines"

// yamlLineRE finds the line number yaml.v3 puts into its syntax errors.
var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserErrors are the yaml.v3 messages that come from its parser
// rather than its scanner; yaml.v3 reports their line counting from 0.
var yamlParserErrors = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"found undefined tag handle":             true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
}

// isFence reports whether a line is a front matter delimiter: "---" (or
// "..." when closing), ignoring trailing white space.
func isFence(line string, closing bool) bool {
	t := strings.TrimRightFunc(line, isSpace)
	return t == "---" || (closing && t == "...")
}

// splitFrontMatter looks for YAML front matter at the very start of lines.
// It returns the index of the first body line (0 when there is no front
// matter) and the meta found. Line numbers in lines are 0-based indexes;
// error messages use 1-based file lines.
func splitFrontMatter(name string, lines []string) (body int, meta map[string]string, metaLines map[string]int, err error) {
	if len(lines) == 0 || !isFence(lines[0], false) {
		return 0, nil, nil, nil
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if isFence(lines[i], true) {
			end = i
			break
		}
	}
	if end < 0 {
		return 0, nil, nil, errorf(name, 1, "add a closing --- line after the front matter, or remove the opening ---",
			"front matter opened with --- is never closed")
	}
	meta, metaLines, err = parseFrontMatter(name, strings.Join(lines[1:end], "\n"), 1)
	if err != nil {
		return 0, nil, nil, err
	}
	return end + 1, meta, metaLines, nil
}

// parseFrontMatter decodes a YAML mapping of single values. offset is the
// file line just before the first YAML line (the opening ---).
func parseFrontMatter(name, src string, offset int) (meta map[string]string, metaLines map[string]int, err error) {
	defer func() {
		// yaml.v3 is not ours; make sure nothing it does can take the
		// caller down.
		if r := recover(); r != nil {
			meta, metaLines = nil, nil
			err = errorf(name, offset+1, frontMatterFix, "front matter could not be read as YAML")
		}
	}()
	meta = map[string]string{}
	metaLines = map[string]int{}
	if strings.TrimSpace(src) == "" {
		return meta, metaLines, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		msg := err.Error()
		line := offset + 1
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			if n, convErr := strconv.Atoi(m[1]); convErr == nil {
				line = offset + n
				if yamlParserErrors[m[2]] {
					line++ // yaml.v3 counts these from 0
				}
			}
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		return nil, nil, errorf(name, line, frontMatterFix, "front matter is not valid YAML: %s", msg)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return meta, metaLines, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return meta, metaLines, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, nil, errorf(name, offset+root.Line, frontMatterFix,
			"front matter must be a list of \"key: value\" lines")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := strings.TrimSpace(k.Value)
		line := offset + k.Line
		if k.Kind != yaml.ScalarNode || key == "" {
			return nil, nil, errorf(name, line, frontMatterFix, "front matter keys must be plain names")
		}
		if prev, dup := metaLines[key]; dup {
			return nil, nil, errorf(name, line, frontMatterFix,
				"front matter key %s is given twice (also on line %d)", key, prev)
		}
		val, err := frontMatterValue(name, key, line, v)
		if err != nil {
			return nil, nil, err
		}
		meta[key] = val
		metaLines[key] = line
	}
	return meta, metaLines, nil
}

// frontMatterValue renders one value: a scalar as written (dates stay
// "2024-03-12"), a list of scalars joined with "; ".
func frontMatterValue(name, key string, line int, v *yaml.Node) (string, error) {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	single := func() error {
		return errorf(name, line, "write it as one value or a list of values",
			"front matter key %s must be a single value", key)
	}
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return "", nil
		}
		return v.Value, nil
	case yaml.SequenceNode:
		parts := make([]string, 0, len(v.Content))
		for _, item := range v.Content {
			if item.Kind == yaml.AliasNode && item.Alias != nil {
				item = item.Alias
			}
			if item.Kind != yaml.ScalarNode {
				return "", single()
			}
			if item.Tag == "!!null" {
				continue
			}
			parts = append(parts, item.Value)
		}
		return strings.Join(parts, "; "), nil
	default:
		return "", single()
	}
}

// describeRange renders a 1-based range of units for warnings: "line 3",
// "lines 3-7", "row 12".
func describeRange(unit string, first, last int) string {
	if last <= first {
		return fmt.Sprintf("%s %d", unit, first)
	}
	return fmt.Sprintf("%ss %d-%d", unit, first, last)
}
