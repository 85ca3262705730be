x = 1if y else 2
z = [0x1for x in y]
w = 1or 2
v = 0_0 + 0e0 + 0.0 + 00.5 + 1_0.5_0e1_0 + 1.e5 + 0b_1 + 0o_7 + 0x_f + 0XAB + 0B1 + 0O7
é = ñ = 漢字 = 1
π_value = é + ñ
s = 'a' 'b' \
    'c'
t = ("a"
     "b" f"{x}"
     'c')
v2 = '\\N{x}'
q = '"' "'" '''"''' """'"""
r = '''a''b''' """a""b"""
nl = '''
'''
a = [1,
# comment inside brackets
     2]
b = {  # comment
    'k': 1,
}
def f(
    a,
    b,
):
    pass
if x:  # comment
    pass  # comment
x = a@b
