import sys
def rep(f, pairs):
    s=open(f).read()
    for a,b in pairs:
        assert a in s, (f,a); s=s.replace(a,b,1)
    open(f,'w').write(s)
