from fix import rep
def add(f, anchor, text, cls=''):
    a = anchor + '</p>'
    rep(f, [(a, a + '\n<p%s>%s</p>' % (cls, text))])
