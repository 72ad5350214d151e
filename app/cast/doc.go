// Package cast extracts the people of Partner Track from the articles: the
// actors, the characters they play, main or recurring, what each article
// says about them, the relationships the articles state, every other
// mention, where the articles disagree, the characters no cast list knows,
// and the crew (creator, novel, producers, directors, the Netflix executive,
// the critics quoted).
//
// Patterns say what to look for ("Actor as Character, description" list
// lines, "… joined the show in recurring roles", "Ingrid’s best friend");
// every name, role and description comes from the text, with the sentence
// it was found in. It never imports go-app.
package cast
