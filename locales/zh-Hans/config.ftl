## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }，第 { $line } 行，第 { $column } 列：
config-error-in-file = { $file }：
config-did-you-mean = 您是不是想写“{ $suggestion }”？
config-ok =
    { $file }：配置有效（自助终端 { $kiosk }，{ $languages ->
       *[other] { $languages } 种语言
    }，{ $services ->
       *[other] { $services } 项服务
    }）。

config-unreadable = 无法读取该文件（{ $reason }）。
config-unreadable-fix = 请检查文件路径，并确认自助终端的运行用户可以读取该文件。

config-syntax = 该文件不是有效的 TOML：{ $detail }
config-syntax-fix = 每项设置请写成“键 = 值”，文本放在双引号中。

config-unknown-key = 节 { $table } 中没有键“{ $key }”。
config-unknown-key-fix = 请删除该行或更正名称。在 { $table } 中可以写：{ $allowed }。

config-missing-key = 缺少必填设置“{ $key }”。
config-missing-key-fix = 请在节 { $table } 中添加“{ $name } = …”（参见 kiosk-config/demo.toml）。

config-wrong-type = “{ $key }”的值类型错误（{ $found }）。
config-wrong-type-fix =
    { $expected ->
        [integer] 请写一个整数，不加引号（例如 120）。
        [boolean] 请写 true 或 false，不加引号。
        [list] 请写一个方括号中的列表，例如 [ "it", "en" ]。
        [table] 请写一个节及其中的键。
        [text] 请写一个双引号中的文本。
       *[other] 请对照 kiosk-config/demo.toml 中的示例检查该值。
    }

config-out-of-range = “{ $key }”的值 { $value } 超出范围。
config-out-of-range-fix = 请写一个 { $min } 到 { $max } 之间的数字。

config-empty-text = “{ $key }”为空或包含控制字符。
config-empty-text-fix = 请在双引号中写一行文本。

config-empty-list = 列表“{ $key }”为空。
config-empty-list-fix = 请在列表中至少写一项。

config-duplicate = “{ $value }”在“{ $key }”中出现了两次。
config-duplicate-fix = 每一项只保留一次。

config-bad-kiosk-id = 自助终端编号无效。
config-bad-kiosk-id-fix = 请写 2 到 16 个大写字母、数字和连字符，以字母开头（例如 "AR-K01"）。

config-bad-phone = 服务窗口的电话号码无效。
config-bad-phone-fix = 请用数字写号码，必要时可加 + 和空格（例如 "0575 1820242"）。

config-unknown-language = 翻译中没有语言“{ $value }”。
config-unknown-language-fix = 请使用以下之一：{ $allowed }。

config-italian-required = 已启用的语言中缺少意大利语。
config-italian-required-fix = 请把 "it" 加入列表：它是办公室使用的语言，也是后备语言。

config-default-not-enabled = 默认语言“{ $value }”不在已启用的语言中。
config-default-not-enabled-fix = 请从已启用的语言中选择一种：{ $allowed }。

config-unknown-service = 目录中没有服务“{ $value }”。
config-unknown-service-fix = 请使用以下之一：{ $allowed }。

config-warning-not-shorter = 闲置警告时间（{ $value } 秒）不短于闲置超时时间（{ $timeout } 秒）。
config-warning-not-shorter-fix = 请设置短于 { $timeout } 秒的警告时间。

config-connect-longer = 连接超时（{ $value } 毫秒）超过了请求超时（{ $request } 毫秒）。
config-connect-longer-fix = 请设置不超过 { $request } 毫秒的连接超时。

config-bad-endpoint = “{ $key }”的地址“{ $value }”无效。
config-bad-endpoint-fix = 请写 "simulator" 或完整的 https:// 地址（http:// 仅限本机使用：个人数据不以明文传输），不含用户名、密码或参数。

# Variables: $value (string)
config-bad-webhook = 呼叫操作员的地址“{ $value }”无效。
config-bad-webhook-fix = 请写完整的 https:// 地址（http:// 仅限本机使用），不含用户名、密码或参数；或者删除该行。

config-bad-printer = “{ $value }”不是有效的 CUPS 打印机名称。
config-bad-printer-fix = 请写 CUPS 队列名称（可用 lpstat -p 查看），不含空格、斜杠、# 或逗号。

config-bad-pin-hash = 操作员 PIN 不是有效的 Argon2id 哈希。
config-bad-pin-hash-fix = 请用“serto-kiosk hash-pin”生成哈希，并从“$argon2id$”开始完整复制。

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = PIN 哈希强度不足：内存 { $memory } KiB，迭代次数 { $passes }（至少需要 19456 KiB 内存和 2 次迭代）。
config-weak-pin-hash-fix = 请用“serto-kiosk hash-pin”生成新的哈希：该命令使用安全的参数。如果哈希强度不足，任何能读取本文件的人都能在几秒内猜出较短的 PIN。

# Variables: $key (string), $length (string), $max (string)
config-too-long = “{ $key }”的文本太长：{ $length } 个字符，最多 { $max } 个。
config-too-long-fix = 请缩短该文本：它要在页面和每张回执上排成一行。

# Variables: $value (string), $reason (string)
config-data-dir-unusable = 自助终端无法写入数据文件夹“{ $value }”（{ $reason }）。
config-data-dir-unusable-fix = 请指定一个位于可写磁盘上、所有者为自助终端运行用户的文件夹（不能是文件），例如 /var/lib/serto-kiosk。

config-bad-listen = “{ $value }”不是有效的监听地址。
config-bad-listen-fix = 请写地址和端口，例如 "127.0.0.1:9464"。

# Variables: $value (string), $reason (string)
config-bad-key-file = pagoPA 密钥文件“{ $value }”无法使用（{ $reason }）。
config-bad-key-file-fix = 请在该文件中只放订阅密钥（Ocp-Apim-Subscription-Key），不放其他内容，并让自助终端的运行用户可以读取；或者改正路径（相对于本文件所在的文件夹）。
# Variables: $value (string), $mode (string)
config-key-file-open = 其他用户可以读取 pagoPA 密钥文件“{ $value }”（权限 { $mode }）。
# Variables: $value (string)
config-key-file-open-fix = 该密钥是 Comune 的机密：请用“chmod 600 { $value }”让该文件只能由其所有者读取。

config-not-loopback = 指标将在网络上通过 { $value } 公开可见。
config-not-loopback-fix = 请使用本地地址，例如 "127.0.0.1:9464"；如果网络受保护，也可以在 [metrics] 节中添加“allow_non_loopback = true”。

# Variables: $key (string)
config-missing-section = 缺少必填部分“[{ $key }]”。
# Variables: $key (string)
config-missing-section-fix = 添加“[{ $key }]”部分及其设置（参见 kiosk-config/demo.toml）。

# Variables: $key (string)
config-duplicate-key = “{ $key }”写了两次。
# Variables: $key (string)
config-duplicate-key-fix = 只保留一处“{ $key }”，删除另一处。
