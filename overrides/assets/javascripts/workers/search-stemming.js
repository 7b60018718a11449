// Stemmed search in the page's language, loaded into Material's search worker by hooks.py.
//
// Material ends every query term with "*" (a prefix query), and lunr never stems such a term,
// so Material ships with the stemmer off: "entropies" found nothing where the text says
// "entropie". Here a prefix term is stemmed before lunr reads it ("entropies*" -> "entrop*",
// which matches "entropie"). The index keeps the words, so a word typed halfway ("donn*") still
// matches them, and adds a stem only where it is not a prefix of its word ("entropy" ->
// "entropi"), so that no word counts twice. Only lunr's public API is patched.
;(() => {
  let language = lunr // English; lunr-languages (lunr.fr...) are set through Builder.use

  const use = lunr.Builder.prototype.use
  lunr.Builder.prototype.use = function (plugin, ...args) {
    if (typeof plugin?.stemmer === "function") language = plugin
    return use.call(this, plugin, ...args)
  }

  // Index: the word; its stem where a prefix query would miss it ("entropy" -> "entropi"); and
  // the word without accents, for readers who type without them ("derivee" -> "dérivée").
  const fold = word => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
  const wordAndStem = token => {
    const word = token.toString()
    const stem = language.stemmer(token.clone()).toString()
    const more = new Set([word.startsWith(stem) ? word : stem, fold(word)])
    more.delete(word)
    return more.size ? [token, ...[...more].map(form => token.clone(() => form))] : token
  }
  lunr.Pipeline.registerFunction(wordAndStem, "wordAndStem")

  const add = lunr.Builder.prototype.add
  lunr.Builder.prototype.add = function (doc, attributes) {
    if (!this.addsStems) this.pipeline.add(wordAndStem)
    this.addsStems = true
    return add.call(this, doc, attributes)
  }

  // Query: "word*" -> "stem*", wherever Material reads the query (search, missing terms). In a
  // query of several words, stop words go ("la* régression*"): as prefixes they match anything.
  const isStopWord = word => !language.stopWordFilter(new lunr.Token(word))
  const isPrefix = lexeme => lexeme.type === lunr.QueryLexer.TERM && /^[^*]+\*$/.test(lexeme.str)
  const wordOf = lexeme => lexeme.str.slice(0, -1).toLowerCase()

  // The index trims its words with the language's trimmer, and lunr.fr's counts digits as
  // punctuation ("float32" is indexed as "float"): trim the query the same way, or "float32*"
  // matches nothing on the French site.
  const trimmed = word => {
    const token = (language.trimmer ?? lunr.trimmer)(new lunr.Token(word))
    return token.toString() ? token : new lunr.Token(word)
  }

  const run = lunr.QueryLexer.prototype.run
  lunr.QueryLexer.prototype.run = function () {
    run.call(this)
    const prefixes = this.lexemes.filter(isPrefix)
    const stops = prefixes.filter(lexeme => isStopWord(wordOf(lexeme)))
    if (stops.length < prefixes.length) this.lexemes = this.lexemes.filter(l => !stops.includes(l))
    for (const lexeme of this.lexemes.filter(isPrefix))
      lexeme.str = `${language.stemmer(trimmed(wordOf(lexeme)))}*`
  }
})()
