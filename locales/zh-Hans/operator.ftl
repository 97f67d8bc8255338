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
operator-health = 自助终端状态
operator-statistics = 统计
operator-export = 导出本月 CSV
# Variables: $file (string)
operator-exported = 已保存到 { $file }
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
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
       *[other] { $minutes } 分钟
    }

health-printer = 打印机
health-printer-ok = 就绪
health-disk = 磁盘剩余空间
health-queue = 尚未送达的申请
# Variables: $minutes (number)
health-oldest = 最早的一份已等待 { $minutes } 分钟
health-metrics = Prometheus 指标
health-metrics-off = 未启用（地址被占用或无效）
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
