# pins: chained generator stages (read -> parse -> filter -> window) pull one item at a time; interleaved prints show the laziness
def read_lines():
    for line in ["3 apples", "x broken", "5 pears", "2 plums", "7 figs"]:
        print("read", repr(line))
        yield line


def parse(lines):
    for line in lines:
        count, _, name = line.partition(" ")
        if count.isdigit():
            yield name, int(count)
        else:
            print("skip", repr(line))


def big(items, minimum):
    return (item for item in items if item[1] >= minimum)


def window(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


for w in window(big(parse(read_lines()), 3), 2):
    print("window", w)
