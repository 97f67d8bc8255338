## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = 操作员登录
pin-hint = 请输入操作员 PIN。
pin-enter = 进入
pin-cancel = 取消
pin-delete = 删除
pin-checking = 正在核对 PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
       *[other] PIN 错误。还可以尝试 { $left } 次，之后将锁定登录。
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
       *[other] PIN 错误次数过多：请在 { $seconds } 秒后重试。
    }

operator-title = 操作员
operator-assisted = 开始协助办理
operator-close = 关闭面板
operator-leave-kiosk = 退出自助终端（维护）
operator-outbox = 待发送的申请
operator-hand-offs = 待在门户网站上办理
operator-health = 自助终端状态
operator-statistics = 统计
operator-training = 培训
operator-attention = 需要您处理：
operator-export = 导出本月 CSV
# Variables: $file (string)
operator-exported = 已保存到 { $file }
# Variables: $file (string)
operator-exported-usb = 已保存到 USB 闪存盘：{ $file }
# Variables: $file (string)
operator-exported-no-usb = 未插入 USB 闪存盘：已保存到 { $file }
operator-export-failed = 无法保存 CSV：请检查磁盘空间。
operator-refresh = 刷新

outbox-empty = 没有待发送的申请。
outbox-reference = 编号
outbox-service = 服务
outbox-state = 状态
outbox-age = 已等待
outbox-attempts = 尝试次数
outbox-error = 最近错误
outbox-retry = 立即重试
outbox-cancel = 取消…
outbox-reprint = 重新打印回执
outbox-cancel-question = 为什么要取消这个申请？
outbox-error-unreachable = 办公室无响应
outbox-error-rate-limited = 办公室要求稍后再试
outbox-error-malformed = 回复无效
outbox-error-unknown-operation = 未知操作
outbox-error-unreadable-payload = 数据无法读取
outbox-error-refused = 被拒绝
# Variables: $code (string)
outbox-error-refused-code = 被拒绝（{ $code }）
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
       *[other] { $minutes } 分钟
    }

# Variables: $queue (string), $state (string)
health-printer-line = 打印机「{ $queue }」：{ $state }
health-printer-ok = 就绪
# Variables: $mib (number)
health-disk-line = 磁盘剩余空间：{ $mib } MiB
# Variables: $count (number)
health-queue-line = 尚未送达的申请：{ $count }
# Variables: $minutes (number)
health-oldest = 最早的一份已等待 { $minutes } 分钟
# Variables: $address (string)
health-metrics-line = Prometheus 指标：{ $address }
health-metrics-off = Prometheus 指标：未启用（地址被占用或无效）
health-speech-ready = 语音：所有语言均已就绪
health-speech-checking = 语音：正在检查…
# Variables: $languages (string)
health-speech-missing = 语音：缺少 { $languages } 的语音（espeak-ng 软件包）
speech-problem-disabled = 语音：已在配置中关闭
speech-problem-no-program = 语音：未安装 espeak-ng，不显示“朗读”按钮
speech-problem-no-player = 语音：未安装 aplay（alsa-utils 软件包），不显示“朗读”按钮
# Variables: $detail (string)
speech-problem-no-audio = 语音：无法打开音频设备（{ $detail }），不显示“朗读”按钮
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = 服务已停用，其数据无效：{ $service }（{ $detail }）
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = 门户网站的字段名称待核实（请与门户网站对照，并在 assets/portals.toml 中标记 confirmed = true）：{ $services }
health-agencies = 办公室
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }：{ $state }
# Variables: $minutes (number)
health-agency-last = 最近一次回复在 { $minutes } 分钟前
agency-state-unknown = 尚无调用
agency-state-up = 正常响应
agency-state-slow = 响应缓慢
agency-state-down = 无响应
agency-state-circuit-open = 错误过多，已暂停发送；稍后将自动重试

# Variables: $count (number)
attention-needs-operator = { $count } 份申请等待您决定（待发送的申请）
# Variables: $mib (number)
attention-disk = 磁盘剩余空间不足：{ $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = 自助终端正在与真实的办公室对接。
training-on = 培训模式：所有内容都发送到模拟器，文件均为样本，不计入统计。真实的待发送申请仍会照常发送。
training-from-config = 培训模式已在自助终端配置中设定（培训教室）。
training-start = 开始培训
training-stop = 恢复正式服务
training-failed = 无法开始培训：模拟器无法启动（请查看日志）。
training-faults = 模拟办公室故障
training-faults-hint = 选择每个办公室的响应方式，以便练习应对困难的日子。
fault-normal = 正常
fault-slow = 缓慢
fault-errors = 出错
fault-down = 停止服务
health-training = 培训模式已开启：不会向办公室发送任何内容，也不计入统计。

stats-today = 今天
stats-week = 最近 7 天
stats-month = 最近 30 天
stats-service = 服务
stats-language = 语言
stats-mode = 方式
stats-started = 已开始
stats-completed = 已完成
stats-rate = 完成率
stats-median = 用时中位数
stats-gave-up = 在哪一步放弃
stats-none = 这段时间没有数据。
stats-mode-self = 自助
stats-mode-assisted = 协助

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = 没有交给服务窗口的申请。
hand-off-open = 打开
hand-off-close = 关闭并从屏幕上清除
hand-off-answers = 回答及其在门户网站上的字段名称：请与本人一起填写，本人用自己的 SPID 或 CIE 登录。
hand-off-gone = 这份申请的回答已不存在（保存期满后已删除）。
