## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = 培训 — 练习：不会向任何机构发送内容，打印的纸张只是样本。

bar-call-operator = 呼叫工作人员
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = 我们已经通知了服务窗口：工作人员一有空就会过来。请在这里等一下。
bar-operator-calling = 正在通知服务窗口…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = 无法从这里通知服务窗口。请到服务窗口，或者举手：工作人员会帮助您。
bar-operator-cancel = 取消呼叫
bar-text-size = 放大文字
bar-text-size-reset = 正常文字
bar-contrast-high = 高对比度
bar-contrast-normal = 正常对比度
bar-listen = 朗读
bar-listen-stop = 停止朗读
bar-auto-read-on = 每页自动朗读
bar-auto-read-off = 不再朗读
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = 您的申请编号显示在屏幕上和收据上。为保护您的隐私，不会大声读出。

## Service introduction.

intro-start = 开始
intro-print = 打印这些信息

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = 第 { $current } 题，共 { $total } 题
wizard-continue = 继续
wizard-back = 上一步
wizard-leave = 退出
wizard-leave-question = 您要退出这项服务吗？您填写的答案会被删除。
wizard-leave-yes = 是，退出
wizard-leave-no = 不，留下
wizard-optional = （可以不填）
wizard-yes = 是
wizard-no = 否
wizard-choose-many = 您可以选择多个答案。
wizard-type-here = 触摸这里输入
wizard-suggestions = 请触摸正确的名称：
wizard-no-suggestion = 没有找到名称：请检查前几个字母。
wizard-asking = 正在询问办公室…
wizard-try-again = 再试一次
# Variables: $number (number)
wizard-person = 第 { $number } 人
wizard-add-another-yes = 是，再加一个人
wizard-add-another-no = 不，继续
wizard-ended-finish = 我已办完
wizard-ended-services = 返回服务列表

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = 有问题
error-summary-hint = 请改正用红色标出的地方。您写的内容还在。
# Variables: $field (string), $problem (string)
error-summary-item = { $field }：{ $problem }

## Check your answers.

check-title = 检查您的答案
check-hint = 如果有不对的地方，请触摸“修改”。
check-change = 修改
check-not-provided = 未填写
check-send-application = 发送申请
check-send-status = 现在查询
check-send-item = 显示信息单

## Sending and waiting.

sending-title = 正在发送申请…
asking-title = 正在询问办公室…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
       *[other] 已经过了 { $seconds } 秒。
    }
sending-saved = 申请已经保存在自助终端里，不会丢失。
sending-continue = 不等了，继续
asking-cancel = 取消

## Confirmation.

confirm-reference = 您的申请号码
confirm-keep = 请保存好回执：用这个号码可以查询办理进度。
confirm-finish = 我已办完
confirm-home = 办理其他服务

## Results of a look-up.

result-not-answered = 我们没有收到答复

## Printing.

print-receipt = 打印回执
print-form = 打印要签名的表格
print-payment = 打印付款通知
print-certificate = 打印证明
print-item = 打印信息单
print-where = 打印在哪里查询
print-again = 再打印一次
print-printing = 正在打印…
print-done = 打印好了：请从打印机取走纸张。

## The idle warning.

idle-title = 您还在吗？
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
       *[other] { $seconds } 秒后，所有内容会被清除，回到开始页面。
    }
idle-continue = 是，我要继续

## The on-screen keyboard.

keyboard-space = 空格
keyboard-delete = 删除
keyboard-clear = 全部清除
keyboard-capitals = 大写字母
keyboard-other-letters = 其他字母
keyboard-hide = 关闭键盘

## Results: a title for each outcome.

result-refused = 办公室没有接受申请
result-not-found = 用这些信息没有找到结果
print-result = 打印答复

## Formats told before typing; a page that only tells something.

wizard-format-date = 用数字写日、月、年：例如 15/03/1990。
wizard-format-name = 用拉丁字母，与护照一致。
wizard-note-title = 须知

## Before "I have finished" when a paper did not print.

papers-title = 您拿好纸张了吗？
papers-not-printed = 有一张纸没有打印出来。
papers-what-now = 您可以再打印一次，或者到服务窗口请求帮助。如果现在结束，这个页面会关闭。
papers-finish-anyway = 不要这张纸，直接结束
papers-back = 返回页面

## Days of the week (slots are listed by day), Monday first.

weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
