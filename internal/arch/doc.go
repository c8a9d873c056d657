// Package arch holds no code: its test checks that the packages of
// groundwork import each other only in the directions docs/ARCHITECTURE.md
// states.
package arch
