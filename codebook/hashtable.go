package codebook

// byteTable is a read-only open-addressing hash table from byte strings to
// int32 values, built once. It replaces a map[string]int32 on the
// matcher's per-word path, where it is faster than the general map.
type byteTable struct {
	slots []tableSlot
	mask  uint64
	n     int
}

type tableSlot struct {
	hash  uint64
	key   string
	value int32
	used  bool
}

// fnv1a hashes b with 64-bit FNV-1a.
func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// newByteTable builds a table holding the entries of m.
func newByteTable(m map[string]int32) byteTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := byteTable{slots: make([]tableSlot, size), mask: uint64(size - 1), n: len(m)}
	for k, v := range m {
		h := fnv1a([]byte(k))
		i := h & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot{hash: h, key: k, value: v, used: true}
	}
	return t
}

// get returns the value stored for key.
func (t *byteTable) get(key []byte) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	h := fnv1a(key)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used {
			return 0, false
		}
		if s.hash == h && s.key == string(key) {
			return s.value, true
		}
	}
}
