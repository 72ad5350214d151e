//go:build keep

package main

// keepFrame: built with the tag keep, the program leaves the prerendered
// frame in place on start instead of letting go-app replace it (a go-app
// app cannot do that with its pages, which go-app must own to update): what
// go-app's start costs under our pages without drawing them.
const keepFrame = true
