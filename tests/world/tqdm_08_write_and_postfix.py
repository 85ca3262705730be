# tqdm.write prints a message above the bar (the bar is erased, the
# message printed, the bar drawn again). set_postfix adds "key=value" stats
# after the bar; set_description changes the label.
import time

from tqdm import tqdm

losses = [0.91, 0.52, 0.3304, 0.1987, 0.0512]
bar = tqdm(losses, desc="epoch 1")
for i, loss in enumerate(bar):
    time.sleep(0.3)
    bar.set_postfix(loss=loss, lr=0.001 * (i + 1), phase="train")
    if loss < 0.2:
        tqdm.write("checkpoint saved at step %d (loss %.4f)" % (i, loss))
    if i == 2:
        bar.set_description("epoch 1 (fine-tune)")
print("best loss:", min(losses))
