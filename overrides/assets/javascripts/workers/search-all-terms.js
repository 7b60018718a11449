// Pages that match every term of a query first, loaded into Material's search worker after
// search-stemming.js (cheatsheet/search.py).
//
// lunr ORs the terms of a query, and Material's index does not normalise by length, so a
// section that repeats one common word ("valeurs") outranked the section about the phrase
// ("valeurs propres"). Here a query of several terms is first run with every term required
// (lunr's "+term"); only when nothing matches them all does it run again with any term.
// Quoted phrases and "+"/"-" terms keep the presence the reader typed.
;(() => {
  const { TERM, FIELD, PRESENCE } = lunr.QueryLexer
  let requireAll = false

  const run = lunr.QueryLexer.prototype.run
  lunr.QueryLexer.prototype.run = function () {
    run.call(this)
    if (!requireAll || this.lexemes.filter(l => l.type === TERM).length < 2) return
    const lexemes = []
    for (const [i, lexeme] of this.lexemes.entries()) {
      const before = this.lexemes[i - 1]
      const starts = lexeme.type === FIELD || (lexeme.type === TERM && before?.type !== FIELD)
      if (starts && before?.type !== PRESENCE)
        lexemes.push({ type: PRESENCE, str: "+", start: lexeme.start, end: lexeme.start })
      lexemes.push(lexeme)
    }
    this.lexemes = lexemes
  }

  const search = lunr.Index.prototype.search
  lunr.Index.prototype.search = function (query) {
    requireAll = true
    try {
      const all = search.call(this, query)
      if (all.length) return all
    } finally {
      requireAll = false
    }
    return search.call(this, query)
  }
})()
