package refiqda

// GUIDs: groundwork's are UUIDv5 of its ids, so that exporting the same
// project or codebook twice gives the same GUIDs and a re-import matches
// things up; others' are read in any case, with or without braces.

import (
	"regexp"
	"strings"

	"github.com/google/uuid"
)

// guidNamespace is the fixed UUIDv5 namespace of every GUID groundwork
// mints.
var guidNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/groundwork-qda/groundwork#refi-qda"))

// StableGUID returns the UUIDv5 GUID groundwork uses for the thing of the
// given kind ("code", "document", "user", ...) named key. The same kind and
// key always give the same GUID.
func StableGUID(kind, key string) string {
	ns := uuid.NewSHA1(guidNamespace, []byte(kind))
	return uuid.NewSHA1(ns, []byte(key)).String()
}

// CodeGUID is the GUID of the code with the given id.
func CodeGUID(id string) string { return StableGUID("code", id) }

// GroupGUID is the GUID of the Set that exports the named group.
func GroupGUID(name string) string { return StableGUID("group", name) }

// DocumentGUID is the GUID of a document's TextSource (and of its
// sources/<guid>.txt file).
func DocumentGUID(id string) string { return StableGUID("document", id) }

// NormGUID normalises a GUID read from a REFI-QDA file for lookups: white
// space and braces are removed and hex digits lower-cased. Ids that are not
// GUIDs at all ("c001") are kept, trimmed and lower-cased.
func NormGUID(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "{")
	s = strings.TrimSuffix(s, "}")
	return strings.ToLower(strings.TrimSpace(s))
}

var guidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// IsGUID reports whether s (after NormGUID) has the 8-4-4-4-12 GUID shape
// the schemas require.
func IsGUID(s string) bool { return guidRE.MatchString(NormGUID(s)) }

// shortGUID is the first eight characters of a GUID, to name what has no
// name.
func shortGUID(g string) string {
	g = NormGUID(g)
	if len(g) > 8 {
		return g[:8]
	}
	return g
}
