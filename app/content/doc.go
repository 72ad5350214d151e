// Package content turns the seed article files into a structured, cleaned
// model that the rest of the app renders.
//
// Each seed is a plain-text copy of a 2022 web article about the Netflix
// show Partner Track. Parse splits a seed into lines, removes the site
// boilerplate (cookie banner, WhatsApp prompt, promotional links, image
// credits, comment prompts) while recording every removed line, detects the
// headline, groups the remaining lines into Heading, Paragraph, List and
// Lines blocks, splits every text into sentences with stable anchors
// ("l12s2" is the second sentence of source line 12) and finds the date the
// article says it is current to ("As of September 7th, 2022").
//
// Nothing is invented: every kept text is a trimmed copy of a source line,
// every non-blank source line is either kept (see Article.ContentLines) or
// listed in Article.Removed, and Article.Raw holds the seed byte for byte.
//
// The package depends on the standard library only and never imports the UI
// framework, so it can be tested and reused on its own.
package content
