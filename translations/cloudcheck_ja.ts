<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AllowlistDriftReport</name>
    <message>
        <source>Catalog %1 compared with Citrix&apos;s Connectivity AllowList answer %2</source>
        <translation>カタログ %1 と Citrix の Connectivity AllowList API の応答 %2 の比較</translation>
    </message>
    <message>
        <source>Citrix lists %1 names and %2 IP ranges; the catalog has %3 entries, %4 of them listed by Citrix.</source>
        <translation>Citrix の一覧: 名前 %1 件、IP 範囲 %2 件。カタログ: エントリ %3 件 (うち Citrix の一覧にあるもの %4 件)。</translation>
    </message>
    <message>
        <source>No difference: every name Citrix lists is checked, and Citrix lists every entry.</source>
        <translation>相違はありません。Citrix が一覧に載せる名前はすべて確認対象で、カタログのエントリはすべて Citrix の一覧にあります。</translation>
    </message>
    <message>
        <source>Listed by Citrix, not checked by this catalog (%1):</source>
        <translation>Citrix の一覧にあり、このカタログでは確認していないアドレス (%1 件):</translation>
    </message>
    <message>
        <source>Fix: add the addresses this machine&apos;s role needs to a local catalog (cloudcheck-cli --export-catalog, then --catalog), and report them so the built-in catalog gains them.</source>
        <translation>対処方法: このマシンの役割に必要なアドレスをローカルのカタログに追加し (cloudcheck-cli --export-catalog で書き出し、--catalog で読み込み)、組み込みカタログに反映されるよう報告してください。</translation>
    </message>
    <message>
        <source>In the catalog, not listed by Citrix (%1):</source>
        <translation>カタログにあり、Citrix の一覧にないエントリ (%1 件):</translation>
    </message>
    <message>
        <source>probe: %1; pattern %2</source>
        <translation>確認ホスト: %1、パターン: %2</translation>
    </message>
    <message>
        <source>These come from other sources (Azure, certificate authorities, Citrix documentation pages); docs/catalog-sources.md gives each one&apos;s evidence.</source>
        <translation>これらは別の情報源 (Azure、認証局、Citrix のドキュメント) によるものです。各エントリの根拠は docs/catalog-sources.md にあります。</translation>
    </message>
    <message>
        <source>Listed by Citrix through a probe host only (the catalog&apos;s pattern is wider):</source>
        <translation>確認ホストだけが Citrix の一覧にあるエントリ (カタログのパターンのほうが広い):</translation>
    </message>
    <message>
        <source>%1 IP ranges are listed but not compared: CloudCheck checks names, which is what Citrix asks firewalls to allow where they can.</source>
        <translation>IP 範囲 %1 件は一覧にありますが比較していません。CloudCheck は名前を確認します。Citrix も可能な限り名前での許可を求めています。</translation>
    </message>
    <message>
        <source>%1 inbound entries (Citrix connecting in) were left out.</source>
        <translation>受信方向 (Citrix からの接続) のエントリ %1 件は除外しました。</translation>
    </message>
</context>
<context>
    <name>AllowlistWriter</name>
    <message>
        <source># Addresses to allow outbound for Citrix Cloud Japan (catalog %1, %2).
# Allow the wildcard domains themselves: single hosts break region failover.
# Exclude them from SSL decryption (CTX221535).
</source>
        <translation># Citrix Cloud Japan 向けに送信を許可するアドレス (カタログ %1、%2)。
# ワイルドカード ドメインそのものを許可してください。個別のホストのみを許可すると、リージョンのフェールオーバー時に接続できなくなります。
# これらのアドレスを SSL インターセプションの対象から除外してください (CTX221535)。
</translation>
    </message>
    <message>
        <source>cannot tell the allowlist format of &quot;%1&quot;: use .txt, .csv or .pac</source>
        <translation>&quot;%1&quot; の許可リストの形式を判別できません: .txt、.csv、.pac のいずれかを使用してください</translation>
    </message>
</context>
<context>
    <name>CaFileLoader</name>
    <message>
        <source>%1: cannot read the CA file: %2</source>
        <translation>%1: CA ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1:%2:1: the certificate that starts here has no END line</source>
        <translation>%1:%2:1: ここから始まる証明書に END 行がありません</translation>
    </message>
    <message>
        <source>%1:%2:1: this PEM certificate is damaged and cannot be read</source>
        <translation>%1:%2:1: この PEM 証明書は破損しているため読み取れません</translation>
    </message>
    <message>
        <source>%1:1:1: no PEM certificate (-----BEGIN CERTIFICATE-----) found</source>
        <translation>%1:1:1: PEM 証明書 (-----BEGIN CERTIFICATE-----) が見つかりません</translation>
    </message>
    <message>
        <source>%1: the CA file is %2 bytes, more than the limit of %3 bytes (4 MiB)</source>
        <translation>%1: CA ファイルが %2 バイトあり、上限の %3 バイト (4 MiB) を超えています</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; allowed fields are: %2</source>
        <translation>不明なフィールド &quot;%1&quot; です (使用できるフィールド: %2)</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>必須フィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>文字列の配列が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>must list at least one value</source>
        <translation>値を 1 つ以上指定する必要があります</translation>
    </message>
    <message>
        <source>expected a non-empty string, found %1</source>
        <translation>空でない文字列が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>%1 のいずれかが必要です (実際の値: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>配列が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>項目を 1 つ以上指定する必要があります</translation>
    </message>
    <message>
        <source>a service id must match [a-z][a-z0-9-]*, found &quot;%1&quot;</source>
        <translation>サービス ID は [a-z][a-z0-9-]* に一致する必要があります (実際の値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true または false が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (wildcards belong in &quot;pattern&quot;; {customerId} is the only template)</source>
        <translation>&quot;%1&quot; はホスト名ではありません (ワイルドカードは &quot;pattern&quot; に記述します。使用できるテンプレートは {customerId} のみです)</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>不明なサービス &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>expected an integer from 1 to 65535, found %1</source>
        <translation>1 から 65535 までの整数が必要です (実際の値: %1)</translation>
    </message>
    <message>
        <source>this version reads catalogFormat 1, found %1</source>
        <translation>このバージョンで読み込めるのは catalogFormat 1 のみです (実際の値: %1)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>YYYY-MM-DD 形式の日付が必要です (実際の値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>サービス ID &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>duplicate entry id &quot;%1&quot;</source>
        <translation>エントリ ID &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON が無効です: %1</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>カタログを読み取れません: %1</translation>
    </message>
    <message>
        <source>the catalog is %1 bytes, more than the limit of %2 bytes (4 MiB)</source>
        <translation>カタログが %1 バイトあり、上限の %2 バイト (4 MiB) を超えています</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep, the limit for a catalog</source>
        <translation>入れ子がカタログの上限である %1 階層を超えています</translation>
    </message>
    <message>
        <source>expected &quot;connector&quot;, &quot;browser&quot; or &quot;vda&quot;, found &quot;%1&quot;</source>
        <translation>&quot;connector&quot;、&quot;browser&quot;、&quot;vda&quot; のいずれかが必要ですが、&quot;%1&quot; が指定されています</translation>
    </message>
    <message>
        <source>only an entry with &quot;serves&quot; has this</source>
        <translation>&quot;serves&quot; のあるエントリだけが持てる項目です</translation>
    </message>
    <message>
        <source>certificate authorities are checked over &quot;http&quot; on port 80 only</source>
        <translation>証明機関のホストは &quot;http&quot; のポート 80 でのみ確認します</translation>
    </message>
    <message>
        <source>expected an http:// URL on port 80 on one of the entry&apos;s hosts, found &quot;%1&quot;</source>
        <translation>エントリのホストのいずれかにある、ポート 80 の http:// URL が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>no sample URL for the host &quot;%1&quot;</source>
        <translation>ホスト &quot;%1&quot; のサンプル URL がありません</translation>
    </message>
    <message>
        <source>expected a name as /C=…/O=…/CN=…, found &quot;%1&quot;</source>
        <translation>/C=…/O=…/CN=… 形式の名前が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>only an OCSP entry has this</source>
        <translation>OCSP のエントリだけが持てる項目です</translation>
    </message>
    <message>
        <source>a cipher policy applies to https entries only, and this entry&apos;s scheme is &quot;%1&quot;</source>
        <translation>暗号ポリシー (cipherPolicy) は https のエントリにのみ指定できます (このエントリのスキーム: &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>CitrixAllowlistReader</name>
    <message>
        <source>the answer is %1 bytes, more than the limit of %2 bytes (4 MiB)</source>
        <translation>応答が %1 バイトあり、上限の %2 バイト (4 MiB) を超えています</translation>
    </message>
    <message>
        <source>the answer is nested more than %1 levels deep, at line %2</source>
        <translation>応答の入れ子が %1 階層を超えています (%2 行目)</translation>
    </message>
    <message>
        <source>not JSON at line %1, column %2: %3 (save the API&apos;s answer with format=json)</source>
        <translation>%1 行 %2 列目が JSON ではありません: %3 (API の応答は format=json で保存してください)</translation>
    </message>
    <message>
        <source>the answer lists no host name and no IP range: is it the AllowList API&apos;s answer?</source>
        <translation>応答にホスト名も IP 範囲もありません。AllowList API の応答か確認してください。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Checks whether this machine can reach every address Citrix Cloud Japan needs, and explains each failure.
Exit codes: 0 all required checks passed, 1 warnings only, 2 a required check failed, 64 bad usage or input, 70 internal error.</source>
        <translation>このマシンから Citrix Cloud Japan に必要なすべてのアドレスに到達できるかを確認し、失敗ごとに原因を説明します。
終了コード: 0 必須チェックにすべて成功、1 警告のみ、2 必須チェックが失敗、64 使用方法または入力の誤り、70 内部エラー。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Comma list of common, certificates, gateway, daas, workspace, wem, console (default: all; common and certificates are always added).</source>
        <translation>common, certificates, gateway, daas, workspace, wem, console のコンマ区切りリスト (既定: すべて。common と certificates は常に追加)。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Citrix Cloud Customer ID for customer-specific addresses.</source>
        <translation>顧客固有のアドレスに使用する Citrix Cloud の顧客 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use this endpoint catalog.</source>
        <translation>このエンドポイント カタログを使用します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Pin a host name to an address, like curl (repeatable).</source>
        <translation>curl と同様に、ホスト名をアドレスに固定します (複数指定可)。</translation>
    </message>
    <message>
        <source>HOST:ADDR</source>
        <translation>HOST:ADDR</translation>
    </message>
    <message>
        <source>Send connections for HOST:PORT to ADDR:PORT2 (repeatable).</source>
        <translation>HOST:PORT への接続を ADDR:PORT2 に送ります (複数指定可)。</translation>
    </message>
    <message>
        <source>HOST:PORT:ADDR:PORT2</source>
        <translation>HOST:PORT:ADDR:PORT2</translation>
    </message>
    <message>
        <source>system (default), none, http://[user@]host:port or pac:URL.</source>
        <translation>system (既定)、none、http://[user@]host:port または pac:URL。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Proxy user name; the password comes from CLOUDCHECK_PROXY_PASSWORD.</source>
        <translation>プロキシのユーザー名。パスワードは CLOUDCHECK_PROXY_PASSWORD から取得します。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>For failing targets, also try the other path.</source>
        <translation>失敗した対象は、もう一方の経路でも試します。</translation>
    </message>
    <message>
        <source>Hold one proxy tunnel open this long.</source>
        <translation>プロキシ トンネルを 1 つ、指定した時間開いたままにします。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Write the addresses to allow (.txt, .csv or .pac).</source>
        <translation>許可するアドレスを書き出します (.txt、.csv、.pac)。</translation>
    </message>
    <message>
        <source>Per-step timeout (default 5).</source>
        <translation>ステップごとのタイムアウト (既定: 5)。</translation>
    </message>
    <message>
        <source>Targets probed at once (default %1).</source>
        <translation>同時に確認する対象の数 (既定: %1)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>stdout format: text (default), json or html.</source>
        <translation>標準出力の形式: text (既定)、json、html。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Also write a report; the format follows the extension (repeatable).</source>
        <translation>レポートをファイルにも書き出します。形式は拡張子で決まります (複数指定可)。</translation>
    </message>
    <message>
        <source>Language: en or ja (default: system).</source>
        <translation>言語: en または ja (既定: システムの設定)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Print the catalog and exit.</source>
        <translation>カタログを表示して終了します。</translation>
    </message>
    <message>
        <source>Log debug details to stderr.</source>
        <translation>デバッグの詳細を標準エラー出力に記録します。</translation>
    </message>
    <message>
        <source>Write the log here.</source>
        <translation>ログをこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Do not color the text output.</source>
        <translation>テキスト出力を色分けしません。</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try --help</source>
        <translation>予期しない引数 &quot;%1&quot; です。--help を参照してください</translation>
    </message>
    <message>
        <source>--services needs at least one service name</source>
        <translation>--services にはサービス名を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>--allowlist: use a .txt, .csv or .pac file name, got &quot;%1&quot;</source>
        <translation>--allowlist: .txt、.csv、.pac のいずれかのファイル名を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--timeout expects seconds from 0.1 to 300, got &quot;%1&quot;</source>
        <translation>--timeout には 0.1 から 300 までの秒数を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--concurrency expects a number from 1 to 256, got &quot;%1&quot;</source>
        <translation>--concurrency には 1 から 256 までの数値を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--format expects text, json or html, got &quot;%1&quot;</source>
        <translation>--format には text、json、html のいずれかを指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--output: use a .json, .txt or .html file name, got &quot;%1&quot;</source>
        <translation>--output: .json、.txt、.html のいずれかのファイル名を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--lang expects en or ja, got &quot;%1&quot;</source>
        <translation>--lang には en または ja を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>connector (default): judge as the Cloud Connector; browser: as an admin&apos;s browser; vda: as a session host (Gateway service, EDT, WEM).</source>
        <translation>connector (既定): Cloud Connector として判定。browser: 管理者のブラウザーとして判定。vda: セッション ホストとして判定 (Gateway サービス、EDT、WEM)。</translation>
    </message>
    <message>
        <source>Write the built-in catalog to FILE, to correct it and load it back with --catalog, and exit.</source>
        <translation>組み込みのカタログを FILE に書き出して終了します。修正して --catalog で読み込めます。</translation>
    </message>
    <message>
        <source>--export-catalog and --list cannot be combined</source>
        <translation>--export-catalog と --list は同時に指定できません</translation>
    </message>
    <message>
        <source>--profile expects connector, browser or vda, got &quot;%1&quot;</source>
        <translation>--profile には connector、browser、vda のいずれかを指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Mask the Customer ID, this machine&apos;s name, internal proxy hosts and the proxy user name in every output, for sharing outside the customer.</source>
        <translation>顧客 ID、このマシンの名前、社内のプロキシ ホスト、プロキシのユーザー名を、すべての出力でマスクします (顧客の外部と共有する場合)。</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted for this run only, beside the system store.</source>
        <translation>追加の CA 証明書 (PEM)。システムの証明書ストアに加えて、この実行の間だけ信頼します (ストアには追加しません)。</translation>
    </message>
    <message>
        <source>--proxy-user needs a user name</source>
        <translation>--proxy-user にはユーザー名を指定してください</translation>
    </message>
    <message>
        <source>--proxy-user &quot;%1&quot; and the user name in --proxy differ; give one</source>
        <translation>--proxy-user の &quot;%1&quot; と --proxy 内のユーザー名が異なります。どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy, but --proxy is none</source>
        <translation>--proxy-user にはプロキシが必要ですが、--proxy に none が指定されています</translation>
    </message>
    <message>
        <source>--proxy pac:URL takes an http, https or file URL, got &quot;%1&quot;</source>
        <translation>--proxy pac:URL には http、https、file のいずれかの URL を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--hold-tunnel expects seconds from 1 to 3600, got &quot;%1&quot;</source>
        <translation>--hold-tunnel には 1 から 3600 までの秒数を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Compare the catalog with a saved answer of Citrix&apos;s Connectivity AllowList API (https://api.citrixcloud.jp/connectivity/v2/allowlist?geo=jp&amp;direction=outbound&amp;format=json&amp;customerId=ID) and list the differences; exit 0 when there are none, 1 when there are.</source>
        <translation>カタログを、保存した Citrix の Connectivity AllowList API の応答 (https://api.citrixcloud.jp/connectivity/v2/allowlist?geo=jp&amp;direction=outbound&amp;format=json&amp;customerId=ID) と比較し、相違を一覧にします。相違がなければ終了コード 0、あれば 1。</translation>
    </message>
    <message>
        <source>--compare-allowlist cannot be combined with --list or --export-catalog</source>
        <translation>--compare-allowlist は --list や --export-catalog と同時に指定できません</translation>
    </message>
    <message>
        <source>--compare-allowlist prints text or json, not html</source>
        <translation>--compare-allowlist の出力形式は text か json です (html は使えません)</translation>
    </message>
    <message>
        <source>--compare-allowlist writes .txt or .json files, got &quot;%1&quot;</source>
        <translation>--compare-allowlist が書き出せるのは .txt か .json のファイルです: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The DNS server says %1 does not exist (answer after %2 ms: %3).</source>
        <translation>DNS サーバーから、%1 は存在しないという応答がありました (%2 ms 後の応答:「%3」)。</translation>
    </message>
    <message>
        <source>Make sure this machine uses DNS servers that resolve public internet names, and that no DNS filter blocks %1.</source>
        <translation>このマシンが、インターネット上の外部名を名前解決できる DNS サーバーを使用していること、および DNS フィルターが %1 をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <source>The DNS server failed to resolve %1 (after %2 ms: %3).</source>
        <translation>DNS サーバーが %1 の名前解決に失敗しました (%2 ms 後の応答:「%3」)。</translation>
    </message>
    <message>
        <source>Check that the DNS servers configured on this machine are reachable and can forward queries for public names.</source>
        <translation>このマシンに設定されている DNS サーバーに到達でき、外部名の問い合わせを転送できることを確認してください。</translation>
    </message>
    <message>
        <source>No DNS answer for %1 within %2 ms.</source>
        <translation>%2 ms 以内に %1 の DNS 応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check that the DNS servers configured on this machine answer, and that outbound DNS (UDP and TCP port 53) to them is allowed.</source>
        <translation>このマシンに設定されている DNS サーバーが応答すること、およびそれらのサーバーへの送信方向の DNS (UDP と TCP のポート 53) が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 resolved to %2, which cannot be the public Citrix Cloud service. A DNS filter, a sinkhole or a hosts-file entry is answering instead.</source>
        <translation>%1 が %2 に名前解決されましたが、これは公開されている Citrix Cloud サービスのアドレスではありません。DNS フィルター、シンクホール、または hosts ファイルのエントリが代わりに応答しています。</translation>
    </message>
    <message>
        <source>Remove the override for %1 from the DNS filter, the internal DNS zone or the hosts file, so that the public address is returned.</source>
        <translation>公開アドレスが返されるように、DNS フィルター、社内 DNS ゾーン、または hosts ファイルから %1 の上書き設定を削除してください。</translation>
    </message>
    <message>
        <source> Port 80 carries the certificate revocation (CRL) checks the Cloud Connector needs during installation and afterwards.</source>
        <translation>ポート 80 は、Cloud Connector がインストール時とその後に必要とする証明書の失効確認 (CRL) に使用されます。</translation>
    </message>
    <message>
        <source>A firewall rejects the connection, or the address points at the wrong server. Allow outbound TCP port %1 to %2 on the firewall.</source>
        <translation>ファイアウォールが接続を拒否しているか、アドレスが誤ったサーバーを指しています。ファイアウォールで、%2 への送信方向の TCP ポート %1 を許可してください。</translation>
    </message>
    <message>
        <source>No answer from %1 (%2) on TCP port %3 within %4 ms: the packets are silently dropped.</source>
        <translation>%4 ms 以内に %1 (%2) の TCP ポート %3 から応答がありませんでした。パケットが応答なしで破棄されています。</translation>
    </message>
    <message>
        <source>A firewall drops outbound TCP port %1 to this address. Allow outbound TCP port %1 to %2; allow the wildcard domain rather than single addresses, because the service&apos;s addresses change.</source>
        <translation>ファイアウォールが、このアドレスへの送信方向の TCP ポート %1 を破棄しています。%2 への送信方向の TCP ポート %1 を許可してください。サービスのアドレスは変わるため、個別のアドレスではなくワイルドカード ドメインを許可してください。</translation>
    </message>
    <message>
        <source>This machine has no route to the address, or a local firewall blocks it. Check the default gateway and routes, and allow outbound TCP port %1 to %2.</source>
        <translation>このマシンにこのアドレスへのルートがないか、ローカルのファイアウォールがブロックしています。デフォルト ゲートウェイとルートを確認し、%2 への送信方向の TCP ポート %1 を許可してください。</translation>
    </message>
    <message>
        <source>%1 and this machine found no common TLS version (%2). Citrix Cloud accepts TLS 1.2 and later only.</source>
        <translation>%1 とこのマシンの間に共通の TLS バージョンがありません (%2)。Citrix Cloud は TLS 1.2 以降のみを受け付けます。</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 for clients on this machine (SCHANNEL registry settings, and SchUseStrongCrypto for .NET). If a proxy or firewall re-terminates TLS, it must offer TLS 1.2 or later, or exclude %1 from SSL decryption.</source>
        <translation>このマシンでクライアントの TLS 1.2 を有効にしてください (SCHANNEL のレジストリ設定、および .NET の SchUseStrongCrypto)。プロキシまたはファイアウォールが TLS を終端し直している場合は、TLS 1.2 以降を提供するように設定するか、%1 を SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but did not complete a TLS handshake within %2 ms.</source>
        <translation>%1 は TCP 接続を受け付けましたが、%2 ms 以内に TLS ハンドシェイクが完了しませんでした。</translation>
    </message>
    <message>
        <source>Something in the path holds the connection without answering, as firewalls and proxies with TLS inspection do for destinations they do not allow. Allow %1 and exclude it from SSL decryption.</source>
        <translation>経路上の何かが、応答しないまま接続を保持しています。SSL インターセプションを行うファイアウォールやプロキシは、許可していない宛先に対してこのように動作します。%1 を許可し、SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>A proxy or firewall that inspects or filters TLS usually causes this. Exclude %1 from SSL decryption (CTX221535). Citrix Cloud needs TLS 1.2 or later with ECDHE or DHE AES-GCM cipher suites.</source>
        <translation>通常は、SSL インターセプションや TLS のフィルタリングを行うプロキシやファイアウォールが原因です。%1 を SSL インターセプションの対象から除外してください (CTX221535)。Citrix Cloud には、ECDHE または DHE の AES-GCM 暗号スイートを使用する TLS 1.2 以降が必要です。</translation>
    </message>
    <message>
        <source>The certificate %1 presented was issued by &quot;%2&quot;, not by the expected %3. Something in the path decrypts and re-signs the connection (SSL decryption).</source>
        <translation>%1 が提示した証明書の発行者は、想定される %3 ではなく &quot;%2&quot; です。経路上の何かが通信を復号して再署名しています (SSL インターセプション)。</translation>
    </message>
    <message>
        <source>Exclude %1 from SSL decryption (TLS inspection) on the proxy or firewall. The Cloud Connector pins the real certificate chain and fails through inspection.</source>
        <translation>プロキシまたはファイアウォールで、%1 を SSL インターセプションの対象から除外してください。Cloud Connector は本来の証明書チェーンを固定 (ピン留め) しているため、SSL インターセプションを経由すると失敗します。</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2 (this machine&apos;s clock says %3).</source>
        <translation>%1 の証明書は %2 に有効期限が切れています (このマシンのシステム時刻: %3)。</translation>
    </message>
    <message>
        <source>First check this machine&apos;s date and time. If they are right, the certificate does not come from Citrix: a device in the path serves an old one. Exclude %1 from SSL decryption.</source>
        <translation>まず、このマシンのシステム時刻 (日付と時刻)を確認してください。日付と時刻が正しい場合、この証明書は Citrix のものではなく、経路上のデバイスが古い証明書を提示しています。%1 を SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2, but this machine&apos;s clock says %3.</source>
        <translation>%1 の証明書は %2 以降に有効になりますが、このマシンのシステム時刻は %3 を示しています。</translation>
    </message>
    <message>
        <source>This machine&apos;s clock is probably behind. Synchronise it with NTP (w32tm /resync) and check the time zone.</source>
        <translation>このマシンのシステム時刻が遅れている可能性があります。NTP で時刻を同期し (w32tm /resync)、タイム ゾーンを確認してください。</translation>
    </message>
    <message>
        <source>The certificate presented for %1 belongs to &quot;%2&quot;.</source>
        <translation>%1 に対して提示された証明書は &quot;%2&quot; のものです。</translation>
    </message>
    <message>
        <source>The connection reaches a different server, such as a block page, a captive portal or a proxy answering for %1. Check DNS and the proxy&apos;s rules for %2.</source>
        <translation>接続が別のサーバー (ブロック ページ、キャプティブ ポータル、%1 の代わりに応答するプロキシなど) に到達しています。%2 に関する DNS とプロキシのルールを確認してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>%1 の証明書は失効しています。</translation>
    </message>
    <message>
        <source>Do not trust this connection. Report it to the security team, and check whether a device in the path serves this certificate.</source>
        <translation>この接続を信頼しないでください。セキュリティ チームに報告し、経路上のデバイスがこの証明書を提示していないか確認してください。</translation>
    </message>
    <message>
        <source>If the issuer is DigiCert, update the machine&apos;s trusted root certificates (DigiCert Global Root G2) and allow http://cacerts.digicert.com. If it is your company&apos;s proxy, exclude %1 from SSL decryption.</source>
        <translation>発行者が DigiCert の場合は、このマシンの信頼されたルート証明書 (DigiCert Global Root G2) を更新し、http://cacerts.digicert.com を許可してください。発行者が社内のプロキシの場合は、%1 を SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP response within %2 ms.</source>
        <translation>%1 は接続を受け付けましたが、%2 ms 以内に HTTP 応答を返しませんでした。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP: &quot;%2&quot;.</source>
        <translation>%1 が HTTP ではない応答を返しました: &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP response.</source>
        <translation>%1 が HTTP 応答を返さずに接続を閉じました。</translation>
    </message>
    <message>
        <source>A firewall, proxy or filter in the path answers instead of the service. Allow %1 on it, and exclude it from content filtering and SSL decryption.</source>
        <translation>経路上のファイアウォール、プロキシ、またはフィルターがサービスの代わりに応答しています。そのデバイスで %1 を許可し、コンテンツ フィルタリングと SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2 (HTTP %3), which looks like a captive portal or block page rather than the service.</source>
        <translation>%1 への要求が %2 にリダイレクトされました (HTTP %3)。リダイレクト先はサービスではなく、キャプティブ ポータルまたはブロック ページと思われます。</translation>
    </message>
    <message>
        <source>Allow plain HTTP (port 80) to %1 without redirection or filtering.</source>
        <translation>%1 への暗号化されていない HTTP (ポート 80) を、リダイレクトやフィルタリングなしで許可してください。</translation>
    </message>
    <message>
        <source>This machine&apos;s clock is %1 seconds %2 the time reported by %3 (%4).</source>
        <translation>このマシンのシステム時刻は、%3 が報告した時刻 (%4) より %1 秒%2います。</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>進んで</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>遅れて</translation>
    </message>
    <message>
        <source>Synchronise the clock with a reliable NTP source (w32tm /resync on Windows). A skew of more than 5 minutes breaks certificate and token validation.</source>
        <translation>信頼できる NTP ソースと時刻を同期してください (Windows では w32tm /resync)。時刻のずれが 5 分を超えると、証明書とトークンの検証に失敗します。</translation>
    </message>
    <message>
        <source>No answer to a DTLS hello sent to %1 on UDP port %2 within %3 ms.</source>
        <translation>%1 の UDP ポート %2 に送信した DTLS の ClientHello に、%3 ms 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>HDX sessions will fall back to TCP, which is slower over long distances. Allow outbound UDP port 443 to %1 for Enlightened Data Transport (EDT).</source>
        <translation>HDX セッションが TCP にフォールバックするため、長距離の接続では遅くなります。Enlightened Data Transport (EDT) 用に、%1 への送信方向の UDP ポート 443 を許可してください。</translation>
    </message>
    <message>
        <source>%1 took %2 ms (limit %3 ms)</source>
        <translation>%1 の所要時間 %2 ms (上限 %3 ms)</translation>
    </message>
    <message>
        <source>%1 is reachable but slow: %2.</source>
        <translation>%1 には到達できますが、応答が遅くなっています: %2。</translation>
    </message>
    <message>
        <source>Look for an overloaded proxy or firewall, or a long route. Slow connections make the Cloud Connector and consoles time out intermittently.</source>
        <translation>過負荷のプロキシやファイアウォール、または長い経路がないか確認してください。接続が遅いと、Cloud Connector やコンソールで断続的にタイムアウトが発生します。</translation>
    </message>
    <message>
        <source>Not checked: this address contains the Customer ID, and none was given. Enter the Customer ID to check it.</source>
        <translation>未確認: このアドレスには顧客 ID が含まれていますが、顧客 ID が指定されていません。確認するには顧客 ID を指定してください。</translation>
    </message>
    <message>
        <source>Not finished: the run was cancelled.</source>
        <translation>未完了: 実行がキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 answered the TLS handshake in plain text (%2): something other than the service answers on this port, such as a captive portal, a block page or a transparent proxy.</source>
        <translation>%1 は TLS ハンドシェイクに平文で応答しました (%2)。キャプティブ ポータル、ブロック ページ、透過プロキシなど、サービス以外の何かがこのポートで応答しています。</translation>
    </message>
    <message>
        <source>Find the device that answers in the service&apos;s place and let %1 through it without redirection. If the site allows the internet only through a proxy, configure that proxy for the Cloud Connector (netsh winhttp set proxy).</source>
        <translation>サービスの代わりに応答しているデバイスを特定し、%1 をリダイレクトなしで通過させてください。このサイトでインターネットへの接続がプロキシ経由に限られている場合は、Cloud Connector 用にそのプロキシを設定してください (netsh winhttp set proxy)。</translation>
    </message>
    <message>
        <source>The connection to %1 (%2) on TCP port %3 was refused after %4 ms.</source>
        <translation>%1 (%2) の TCP ポート %3 への接続が %4 ms 後に拒否されました。</translation>
    </message>
    <message>
        <source>%1 (%2) on TCP port %3 is unreachable from this machine (after %4 ms): %5.</source>
        <translation>このマシンから %1 (%2) の TCP ポート %3 に到達できません (%4 ms 後): %5。</translation>
    </message>
    <message>
        <source>Check the proxy address and port in %1.</source>
        <translation>%1 のプロキシのアドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>The proxy setting in %1 cannot be used to reach %2 (%3).</source>
        <translation>%1 のプロキシ設定では %2 に接続できません (%3)。</translation>
    </message>
    <message>
        <source>Set an HTTP proxy as http://host:port. The Cloud Connector supports HTTP proxies only, not SOCKS.</source>
        <translation>HTTP プロキシを http://host:port の形式で設定してください。Cloud Connector が対応しているのは HTTP プロキシのみで、SOCKS には対応していません。</translation>
    </message>
    <message>
        <source>The name of the proxy %1 (from %2) did not resolve within %3 ms.</source>
        <translation>プロキシ %1 (%2 による) の名前が %3 ms 以内に解決されませんでした。</translation>
    </message>
    <message>
        <source>The name of the proxy %1 (from %2) does not resolve: %3.</source>
        <translation>プロキシ %1 (%2 による) の名前を解決できません: %3。</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) refused the connection after %3 ms.</source>
        <translation>プロキシ %1 (%2 による) が %3 ms 後に接続を拒否しました。</translation>
    </message>
    <message>
        <source>Nothing listens on that port, or a firewall rejects it: the proxy service may be stopped or the port may be wrong. %1</source>
        <translation>そのポートで待ち受けているものがないか、ファイアウォールが拒否しています。プロキシ サービスが停止しているか、ポートが間違っている可能性があります。%1</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) is unreachable from this machine (after %3 ms).</source>
        <translation>このマシンからプロキシ %1 (%2 による) に到達できません (%3 ms 後)。</translation>
    </message>
    <message>
        <source>Check the routes between this machine and the proxy. %1</source>
        <translation>このマシンとプロキシの間のルートを確認してください。%1</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) did not answer within %3 ms: the packets are silently dropped.</source>
        <translation>プロキシ %1 (%2 による) から %3 ms 以内に応答がありませんでした。パケットが通知なしに破棄されています。</translation>
    </message>
    <message>
        <source>Allow this machine to reach the proxy on TCP port %1. %2</source>
        <translation>このマシンからプロキシの TCP ポート %1 への接続を許可してください。%2</translation>
    </message>
    <message>
        <source>%1 (from %2) did not answer CONNECT %3 as an HTTP proxy: &quot;%4&quot;.</source>
        <translation>%1 (%2 による) は CONNECT %3 に HTTP プロキシとして応答しませんでした: &quot;%4&quot;。</translation>
    </message>
    <message>
        <source>%1 (from %2) closed the connection without answering CONNECT %3.</source>
        <translation>%1 (%2 による) は CONNECT %3 に応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>This port does not serve an HTTP proxy (it may be SOCKS, TLS or another service). %1</source>
        <translation>このポートは HTTP プロキシではありません (SOCKS、TLS、または別のサービスの可能性があります)。%1</translation>
    </message>
    <message>
        <source>The proxy %1 accepted the connection but did not answer CONNECT %2 within %3 ms. It is most likely still waiting for %4, which the network beyond the proxy silently drops.</source>
        <translation>プロキシ %1 は接続を受け付けましたが、CONNECT %2 に %3 ms 以内に応答しませんでした。プロキシはまだ %4 からの応答を待っている可能性が高く、プロキシの先のネットワークで通信が通知なしに破棄されています。</translation>
    </message>
    <message>
        <source>Allow outbound TCP port %1 to %2 from the proxy (the firewall between the proxy and the internet).</source>
        <translation>プロキシから %2 への送信方向の TCP ポート %1 を許可してください (プロキシとインターネットの間のファイアウォール)。</translation>
    </message>
    <message>
        <source>The proxy %1 requires authentication (%2) before it opens a tunnel to %3: %4.</source>
        <translation>プロキシ %1 は、%3 へのトンネルを開く前に認証 (%2) を要求しています: %4。</translation>
    </message>
    <message>
        <source>no scheme offered</source>
        <translation>認証方式の提示なし</translation>
    </message>
    <message>
        <source>The Cloud Connector cannot authenticate to a proxy. On the proxy, allow %1 without authentication for the Cloud Connector machines (by source address).</source>
        <translation>Cloud Connector はプロキシ認証を使用できません。プロキシで、Cloud Connector マシンから (送信元アドレスで指定して) %1 への接続を認証なしで許可してください。</translation>
    </message>
    <message>
        <source>Browsers on this machine must sign in to the proxy (%1). Make sure users have proxy credentials, or allow %2 without authentication.</source>
        <translation>このマシンのブラウザーはプロキシにサインインする必要があります (%1)。ユーザーがプロキシの資格情報を持っていることを確認するか、%2 への接続を認証なしで許可してください。</translation>
    </message>
    <message>
        <source>The proxy %1 could not resolve %2: %3.</source>
        <translation>プロキシ %1 は %2 の名前を解決できませんでした: %3。</translation>
    </message>
    <message>
        <source>The proxy&apos;s DNS must resolve public names such as %1.</source>
        <translation>プロキシの DNS で %1 などの外部名を解決できるようにしてください。</translation>
    </message>
    <message>
        <source>The proxy %1 could not connect to %2: %3.</source>
        <translation>プロキシ %1 は %2 に接続できませんでした: %3。</translation>
    </message>
    <message>
        <source>The proxy %1 refused CONNECT %2: %3.</source>
        <translation>プロキシ %1 が CONNECT %2 を拒否しました: %3。</translation>
    </message>
    <message>
        <source>The proxy %1 requires authentication (%2) before it forwards requests to %3: %4.</source>
        <translation>プロキシ %1 は、%3 への要求を転送する前に認証 (%2) を要求しています: %4。</translation>
    </message>
    <message>
        <source>The proxy %1 answered for %2 with its own error page: %3.</source>
        <translation>プロキシ %1 が %2 の代わりに独自のエラー ページで応答しました: %3。</translation>
    </message>
    <message>
        <source>Allow plain HTTP (port 80) to %1 through the proxy, without filtering. Port 80 carries the certificate revocation (CRL) checks the Cloud Connector needs.</source>
        <translation>プロキシ経由で %1 への HTTP (ポート 80) を、フィルタリングなしで許可してください。ポート 80 は、Cloud Connector に必要な証明書失効リスト (CRL) の確認に使用されます。</translation>
    </message>
    <message>
        <source>the %1 environment variable</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>the WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>WinHTTP プロキシ (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>the user&apos;s Internet Settings</source>
        <translation>ユーザーのインターネット設定</translation>
    </message>
    <message>
        <source>the proxy given for this check</source>
        <translation>この確認で指定したプロキシ</translation>
    </message>
    <message>
        <source>the choice to check without a proxy</source>
        <translation>プロキシなしで確認する指定</translation>
    </message>
    <message>
        <source>the system settings (no proxy set)</source>
        <translation>システム設定 (プロキシ未設定)</translation>
    </message>
    <message>
        <source>UDP, which an HTTP proxy cannot carry</source>
        <translation>UDP (HTTP プロキシでは中継できません)</translation>
    </message>
    <message>
        <source>Through a proxy from %1 that cannot be used (%2)</source>
        <translation>%1 のプロキシ経由 (使用できません: %2)</translation>
    </message>
    <message>
        <source>Through the proxy %1, from %2</source>
        <translation>プロキシ %1 経由 (%2 による)</translation>
    </message>
    <message>
        <source>Direct: &quot;%1&quot; in %2 excludes it from the proxy</source>
        <translation>直接接続: %2 の &quot;%1&quot; によりプロキシの対象外</translation>
    </message>
    <message>
        <source>Direct, as chosen (no proxy)</source>
        <translation>直接接続 (プロキシなしを指定)</translation>
    </message>
    <message>
        <source>Direct: UDP cannot go through an HTTP proxy</source>
        <translation>直接接続: UDP は HTTP プロキシを経由できません</translation>
    </message>
    <message>
        <source>Direct: no proxy is set on this machine</source>
        <translation>直接接続: このマシンにはプロキシが設定されていません</translation>
    </message>
    <message>
        <source>Direct: %1 sets no proxy</source>
        <translation>直接接続: %1 にプロキシの設定がありません</translation>
    </message>
    <message>
        <source>%1 did not complete the TLS handshake (after %2 ms). Detail from the TLS library: &quot;%3&quot;.</source>
        <translation>%1 との TLS ハンドシェイクが完了しませんでした (%2 ms 後)。TLS ライブラリからの詳細:「%3」</translation>
    </message>
    <message>
        <source>The certificate of %1, issued by &quot;%2&quot;, is not trusted by this machine. Detail from the TLS library: &quot;%3&quot;.</source>
        <translation>%1 の証明書 (発行元:「%2」) は、このマシンで信頼されていません。TLS ライブラリからの詳細:「%3」</translation>
    </message>
    <message>
        <source>The TCP connection</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <source>The TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>The HTTP request</source>
        <translation>HTTP 要求</translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation>名前を解決できません</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>the address is unreachable</source>
        <translation>アドレスに到達できません</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>the answer was cut short</source>
        <translation>応答が途中で切れました</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>応答のないまま接続が閉じられました</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>応答が HTTP ではありません</translation>
    </message>
    <message>
        <source>HTTP status %1 instead of the file</source>
        <translation>ファイルの代わりに HTTP ステータス %1 が返されました</translation>
    </message>
    <message>
        <source>the answer is larger than any real CRL</source>
        <translation>応答が実在するどの CRL よりも大きすぎます</translation>
    </message>
    <message>
        <source>the answer is not a CRL</source>
        <translation>応答が CRL ではありません</translation>
    </message>
    <message>
        <source>the answer is not an OCSP response</source>
        <translation>応答が OCSP 応答ではありません</translation>
    </message>
    <message>
        <source>it is not signed by the certificate&apos;s issuer</source>
        <translation>証明書の発行者による署名がありません</translation>
    </message>
    <message>
        <source>it is out of date (next update was due %1)</source>
        <translation>有効期限が切れています (次回更新の予定は %1)</translation>
    </message>
    <message>
        <source>it is dated in the future (%1)</source>
        <translation>日付が未来になっています (%1)</translation>
    </message>
    <message>
        <source>the OCSP responder returned an error</source>
        <translation>OCSP レスポンダーがエラーを返しました</translation>
    </message>
    <message>
        <source>the OCSP response answers a different request (nonce mismatch)</source>
        <translation>OCSP 応答が別の要求に対するものです (nonce の不一致)</translation>
    </message>
    <message>
        <source>the OCSP responder does not know the certificate (status unknown)</source>
        <translation>OCSP レスポンダーはこの証明書を認識していません (状態 unknown)</translation>
    </message>
    <message>
        <source>the OCSP response is about another certificate</source>
        <translation>OCSP 応答が別の証明書に関するものです</translation>
    </message>
    <message>
        <source>starting &quot;%1&quot;</source>
        <translation>先頭は「%1」</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>プロキシ %1 経由</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; (serial %2) in the chain of %3 was revoked on %4 (reason: %5), according to %6 at %7.</source>
        <translation>%7 の %6 によると、%3 の証明書チェーンにある証明書「%1」(シリアル %2) は %4 に失効しています (理由: %5)。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Do not use this connection: the Cloud Connector and Windows refuse a revoked certificate. If the certificate is not the service&apos;s own, a device in the path presents it; report it to the security team. Otherwise the service must replace it; contact Citrix support.</source>
        <translation>この接続は使用しないでください。Cloud Connector と Windows は失効した証明書を拒否します。証明書がサービス自身のものでない場合は、経路上の機器が提示しています。セキュリティ チームに報告してください。サービス自身の証明書であれば、サービス側で交換が必要です。Citrix サポートに連絡してください。</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3、%4)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4; it answered %5</source>
        <translation>%1 %2 (%3): %4。応答内容: %5</translation>
    </message>
    <message>
        <source>Windows checks revocation over port 80 when the Cloud Connector installs, upgrades and runs; without a valid answer installations and upgrades stop with &quot;verified download failed&quot;.</source>
        <translation>Cloud Connector のインストール、アップグレード、実行時に Windows はポート 80 で失効を確認します。有効な応答が得られないと、インストールとアップグレードは「verified download failed」で停止します。</translation>
    </message>
    <message>
        <source>No certificate revocation answer for %1 over HTTP port 80: %2.</source>
        <translation>%1 の証明書失効確認に HTTP ポート 80 で応答がありません: %2。</translation>
    </message>
    <message>
        <source>Allow outbound HTTP (TCP port 80) to %1, directly or through the proxy the machine uses, and do not redirect or filter it. %2</source>
        <translation>%1 への送信方向の HTTP (TCP ポート 80) を、直接またはこのマシンが使用するプロキシ経由で許可し、リダイレクトやフィルタリングをしないでください。%2</translation>
    </message>
    <message>
        <source>A proxy, captive portal or filter answers in place of the certificate authority. Let plain HTTP to %1 through unchanged: no block page, redirection, content filtering or caching of stale files. %2</source>
        <translation>プロキシ、キャプティブ ポータル、またはフィルターが証明機関の代わりに応答しています。%1 への平文の HTTP を変更せずに通してください (ブロック ページ、リダイレクト、コンテンツ フィルタリング、古いファイルのキャッシュは不可)。%2</translation>
    </message>
    <message>
        <source>Allow CONNECT to %1 on port %2 in the proxy&apos;s policy (an allow rule for the domain, before any rule that denies it), and exclude it from SSL decryption.</source>
        <translation>プロキシのポリシーで、ポート %2 の %1 への CONNECT を許可し (そのドメインを拒否するルールより前に許可ルールを置く)、SSL インターセプションの対象から除外してください。</translation>
    </message>
    <message>
        <source>%1 proxies are not supported; the Cloud Connector uses HTTP proxies</source>
        <translation>%1 プロキシには対応していません。Cloud Connector は HTTP プロキシを使用します</translation>
    </message>
    <message>
        <source>the setting could not be read (%1)</source>
        <translation>設定を読み取れませんでした (%1)</translation>
    </message>
    <message>
        <source>the proxy address cannot be read</source>
        <translation>プロキシのアドレスを読み取れません</translation>
    </message>
    <message>
        <source>with the credentials given</source>
        <translation>指定された資格情報で</translation>
    </message>
    <message>
        <source>as the logged-on user (single sign-on)</source>
        <translation>ログオン中のユーザーとして (シングル サインオン)</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) lets %3 through only after signing in (%4, %5). A browser gets through this way; the Cloud Connector cannot, because it supports only a proxy without authentication.</source>
        <translation>プロキシ %1 (%2 による) は、サインイン後にのみ %3 への通信を通します (%4、%5)。ブラウザーはこの経路で接続できますが、Cloud Connector は認証なしのプロキシにしか対応していないため接続できません。</translation>
    </message>
    <message>
        <source>Give the Cloud Connector a way out without signing in: on the proxy, allow %1 without authentication for the Cloud Connector machines (by source address), or set a proxy that needs no sign-in with netsh winhttp set proxy (or a bypass for the Citrix addresses). Then restart the Citrix Cloud services.</source>
        <translation>Cloud Connector がサインインせずに外部へ接続できるようにしてください。プロキシで Cloud Connector マシンから (送信元アドレスで指定) %1 への通信を認証なしで許可するか、netsh winhttp set proxy でサインイン不要のプロキシを設定してください (または Citrix のアドレスをバイパスに追加してください)。その後、Citrix Cloud のサービスを再起動してください。</translation>
    </message>
    <message>
        <source>The proxy %1 refused the sign-in %2 (%3) for %4: it answered 407 again.</source>
        <translation>プロキシ %1 は、%4 へのサインイン (%2、%3) を拒否しました。再度 407 が返されました。</translation>
    </message>
    <message>
        <source>Check the user name (for a Windows domain, DOMAIN\user or user@domain) and the password, and that this account may use the proxy. CloudCheck tries once only, so an account is never locked out by repeated attempts.</source>
        <translation>ユーザー名 (Windows ドメインの場合は DOMAIN\user または user@domain) とパスワード、およびこのアカウントにプロキシの使用が許可されていることを確認してください。CloudCheck は 1 回しか試行しないため、繰り返しの試行でアカウントがロックされることはありません。</translation>
    </message>
    <message>
        <source>%1 could not be used for %2: %3. Nothing was sent anywhere for it.</source>
        <translation>%2 の確認に %1 を使用できませんでした: %3。このアドレスへの通信は一切行っていません。</translation>
    </message>
    <message>
        <source>Fix the PAC script, or check with the proxy it should choose (--proxy http://host:port). The Cloud Connector itself cannot use PAC scripts: give it a fixed proxy (netsh winhttp set proxy).</source>
        <translation>PAC スクリプトを修正するか、スクリプトが選ぶべきプロキシを指定して確認してください (--proxy http://host:port)。Cloud Connector 自体は PAC スクリプトを使用できないため、固定のプロキシを設定してください (netsh winhttp set proxy)。</translation>
    </message>
    <message>
        <source>%1 answers &quot;%2&quot; for %3: SOCKS and other proxy kinds the Cloud Connector cannot use.</source>
        <translation>%1 は %3 に対して &quot;%2&quot; を返します。SOCKS など、Cloud Connector が使用できない種類のプロキシです。</translation>
    </message>
    <message>
        <source>Have the PAC script return an HTTP proxy (PROXY host:port) or DIRECT for %1; the Cloud Connector supports HTTP proxies only.</source>
        <translation>%1 に対して HTTP プロキシ (PROXY host:port) または DIRECT を返すように PAC スクリプトを変更してください。Cloud Connector は HTTP プロキシのみに対応しています。</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>検出事項なし</translation>
    </message>
    <message>
        <source>The PAC script&apos;s path fails too (%1: %2).</source>
        <translation>PAC スクリプトの経路でも失敗します (%1: %2)。</translation>
    </message>
    <message>
        <source>The PAC script&apos;s path works (%1); the Cloud Connector&apos;s own path fails (%2).</source>
        <translation>PAC スクリプトの経路では接続できます (%1)。Cloud Connector 自身の経路では失敗します (%2)。</translation>
    </message>
    <message>
        <source>Only the path that %1 chooses works for %2 (%3). The Cloud Connector cannot use a PAC script: it takes its own path (%4), which fails (%5).</source>
        <translation>%2 に接続できるのは %1 が選ぶ経路だけです (%3)。Cloud Connector は PAC スクリプトを使用できず、独自の経路 (%4) を使うため失敗します (%5)。</translation>
    </message>
    <message>
        <source>Let the Cloud Connector reach %1 the way the PAC script does: allow it direct on the firewall, or remove the WinHTTP proxy for it (netsh winhttp set proxy ... bypass-list=...). Then restart the Citrix Cloud services.</source>
        <translation>PAC スクリプトと同じ方法で Cloud Connector が %1 に接続できるようにしてください。ファイアウォールで直接接続を許可するか、WinHTTP プロキシの対象から除外してください (netsh winhttp set proxy ... bypass-list=...)。その後、Citrix Cloud のサービスを再起動してください。</translation>
    </message>
    <message>
        <source>Give the Cloud Connector the proxy the PAC script chooses, as a fixed WinHTTP proxy: netsh winhttp set proxy proxy-server=&quot;%1&quot; (or netsh winhttp import proxy source=ie where the browser uses that proxy directly), then restart the Citrix Cloud services.</source>
        <translation>PAC スクリプトが選ぶプロキシを、Cloud Connector の固定の WinHTTP プロキシとして設定してください: netsh winhttp set proxy proxy-server=&quot;%1&quot; (ブラウザーがそのプロキシを直接使用している場合は netsh winhttp import proxy source=ie)。その後、Citrix Cloud のサービスを再起動してください。</translation>
    </message>
    <message>
        <source>No other path to compare: no proxy is set for the browser on this machine, and none was given.</source>
        <translation>比較する別の経路がありません。このマシンのブラウザーにはプロキシが設定されておらず、指定もされていません。</translation>
    </message>
    <message>
        <source>Direct is blocked (%1), and through %2 it fails too (%3).</source>
        <translation>直接接続はブロックされており (%1)、%2 でも失敗します (%3)。</translation>
    </message>
    <message>
        <source>Through the proxy it fails (%1); direct it works, so the proxy is what blocks it: fix the proxy, or bypass it for %2.</source>
        <translation>プロキシ経由では失敗しますが (%1)、直接接続では成功します。ブロックしているのはプロキシです。プロキシを修正するか、%2 をプロキシの対象から除外してください。</translation>
    </message>
    <message>
        <source>Through the proxy it fails (%1), and direct it fails too (%2).</source>
        <translation>プロキシ経由で失敗し (%1)、直接接続でも失敗します (%2)。</translation>
    </message>
    <message>
        <source>the PAC script %1</source>
        <translation>PAC スクリプト %1</translation>
    </message>
    <message>
        <source>the PAC script did not answer in time (an endless loop, or a download that stalled)</source>
        <translation>PAC スクリプトが時間内に応答しませんでした (無限ループ、またはダウンロードの停止)</translation>
    </message>
    <message>
        <source>the PAC script is too large (%1)</source>
        <translation>PAC スクリプトが大きすぎます (%1)</translation>
    </message>
    <message>
        <source>the PAC script&apos;s address answered HTTP %1</source>
        <translation>PAC スクリプトのアドレスが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the PAC script could not be downloaded (%1)</source>
        <translation>PAC スクリプトをダウンロードできませんでした (%1)</translation>
    </message>
    <message>
        <source>the PAC script has a syntax error (%1)</source>
        <translation>PAC スクリプトに構文エラーがあります (%1)</translation>
    </message>
    <message>
        <source>the PAC script failed with an error (%1)</source>
        <translation>PAC スクリプトの実行中にエラーが発生しました (%1)</translation>
    </message>
    <message>
        <source>FindProxyForURL returned %1 instead of a string</source>
        <translation>FindProxyForURL が文字列ではなく %1 を返しました</translation>
    </message>
    <message>
        <source>the PAC script defines no FindProxyForURL function</source>
        <translation>PAC スクリプトに FindProxyForURL 関数が定義されていません</translation>
    </message>
    <message>
        <source>the PAC script used too much memory and was stopped</source>
        <translation>PAC スクリプトがメモリを使いすぎたため停止しました</translation>
    </message>
    <message>
        <source>CloudCheck&apos;s PAC helper (cloudcheck-pac) is missing: reinstall CloudCheck</source>
        <translation>CloudCheck の PAC ヘルパー (cloudcheck-pac) が見つかりません。CloudCheck を再インストールしてください</translation>
    </message>
    <message>
        <source>the PAC script could not be used (%1)</source>
        <translation>PAC スクリプトを使用できませんでした (%1)</translation>
    </message>
    <message>
        <source>the PAC script answers only &quot;%1&quot;, which neither CloudCheck nor the Cloud Connector can use</source>
        <translation>PAC スクリプトは &quot;%1&quot; のみを返します。CloudCheck も Cloud Connector もこれを使用できません</translation>
    </message>
    <message>
        <source>(it returned &quot;%1&quot;)</source>
        <translation>(返り値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>; tried first: %1</source>
        <translation>。先に試行: %1</translation>
    </message>
    <message>
        <source>The proxy %1 closed an idle CONNECT tunnel to %2 after %3 s; it was to be held for %4 s. The Cloud Connector keeps WebSocket channels open through such tunnels for hours, and they break each time the proxy cuts them.</source>
        <translation>プロキシ %1 は、%2 へのアイドル状態の CONNECT トンネルを %3 秒後に切断しました (%4 秒間保持する予定でした)。Cloud Connector はこのようなトンネルを通じて WebSocket チャネルを何時間も開いたままにするため、プロキシが切断するたびに通信が途切れます。</translation>
    </message>
    <message>
        <source>Raise the proxy&apos;s idle timeout for CONNECT tunnels to %1 (squid: read_timeout; on other proxies and firewalls the idle or tunnel timeout), or exempt these addresses from it.</source>
        <translation>%1 への CONNECT トンネルについて、プロキシのアイドル タイムアウトを延長するか (squid: read_timeout、その他のプロキシやファイアウォールではアイドル タイムアウトまたはトンネル タイムアウト)、これらのアドレスをタイムアウトの対象から除外してください。</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接接続</translation>
    </message>
    <message>
        <source>Direct is blocked (%1); through %2 (from %3) it works, so configure the Cloud Connector&apos;s WinHTTP proxy (netsh winhttp set proxy %4).</source>
        <translation>直接接続はブロックされています (%1)。%2 (%3 による) 経由では接続できるため、Cloud Connector の WinHTTP プロキシを設定してください (netsh winhttp set proxy %4)。</translation>
    </message>
    <message>
        <source>the answer is not a certificate</source>
        <translation>応答が証明書ではありません</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Something answered the certificate revocation check for %1, but not with a valid CRL, OCSP response or CA certificate: %2.</source>
        <translation>%1 の証明書失効確認に何かが応答しましたが、有効な証明書失効リスト (CRL)、OCSP 応答、CA 証明書のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>it accepted none of them</source>
        <translation>そのいずれも受け入れられませんでした</translation>
    </message>
    <message>
        <source>it refused TLS 1.2 altogether</source>
        <translation>TLS 1.2 そのものが拒否されました</translation>
    </message>
    <message>
        <source>the connection was closed during the handshake</source>
        <translation>ハンドシェイクの途中で接続が閉じられました</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>ハンドシェイクが失敗しました</translation>
    </message>
    <message>
        <source>%1 (detail from the TLS library: &quot;%2&quot;)</source>
        <translation>%1 (TLS ライブラリからの詳細:「%2」)</translation>
    </message>
    <message>
        <source>Offered only the TLS 1.2 cipher suites the Citrix Cloud ingress accepts (%1), %2 (reached %3) negotiated none of them: %4.</source>
        <translation>Citrix Cloud のイングレスが受け入れる TLS 1.2 の暗号スイート (%1) だけを提示したところ、%2 (%3 接続) とはいずれもネゴシエートできませんでした: %4。</translation>
    </message>
    <message>
        <source>The ordinary handshake, free to choose, negotiated %1.</source>
        <translation>暗号スイートを限定しない通常のハンドシェイクでは %1 がネゴシエートされました。</translation>
    </message>
    <message>
        <source>The Cloud Connector reaches Citrix Cloud with these suites only (CTX335879). The usual cause is a proxy or firewall that inspects TLS and re-terminates it with other suites: exclude %1 from SSL decryption, or have the device offer TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. On the Cloud Connector machine, keep these suites enabled in the SSL Cipher Suite Order policy.</source>
        <translation>Cloud Connector は、これらの暗号スイートでしか Citrix Cloud に接続できません (CTX335879)。通常は、TLS を検査して別の暗号スイートで TLS を終端し直すプロキシやファイアウォールが原因です。%1 を SSL インターセプションの対象から除外するか、その機器が TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 または TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 を提示するように設定してください。Cloud Connector マシンでは、グループ ポリシーの「SSL 暗号の順位」でこれらの暗号スイートを有効なままにしてください。</translation>
    </message>
    <message>
        <source>%1 turns on automatic proxy detection (WPAD) without a script address. CloudCheck never follows WPAD (it would send queries off this machine), so %2 was not checked.</source>
        <translation>%1 ではスクリプトのアドレスなしでプロキシの自動検出 (WPAD) が有効です。CloudCheck は WPAD を使用しません (このマシンの外に問い合わせが送られるため)。そのため %2 は確認していません。</translation>
    </message>
    <message>
        <source>Check again with the script WPAD finds (--proxy pac:URL) or the proxy it chooses (--proxy http://host:port). The Cloud Connector itself cannot use PAC scripts: give it a fixed proxy (netsh winhttp set proxy).</source>
        <translation>WPAD が見つけるスクリプト (--proxy pac:URL) か、それが選ぶプロキシ (--proxy http://host:port) を指定して再確認してください。Cloud Connector 自体は PAC スクリプトを使用できません。固定のプロキシを設定してください (netsh winhttp set proxy)。</translation>
    </message>
    <message>
        <source>it needs automatic proxy detection (WPAD), which CloudCheck never follows</source>
        <translation>プロキシの自動検出 (WPAD) が必要ですが、CloudCheck は WPAD を使用しません</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>documented pattern, documented host</source>
        <translation>パターンは記載あり、ホストも記載あり</translation>
    </message>
    <message>
        <source>documented pattern, representative host chosen by CloudCheck</source>
        <translation>パターンは記載あり、代表ホストは CloudCheck が選択</translation>
    </message>
    <message>
        <source>pattern inferred by CloudCheck, documented host</source>
        <translation>パターンは CloudCheck の推定、ホストは記載あり</translation>
    </message>
    <message>
        <source>pattern inferred by CloudCheck, representative host chosen by CloudCheck</source>
        <translation>パターンは CloudCheck の推定、代表ホストは CloudCheck が選択</translation>
    </message>
</context>
<context>
    <name>FindingHtml</name>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation>発行者の証明書 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>HostDiagnosis</name>
    <message>
        <source>TLS 1.2 is switched off for clients in SChannel: %1 has Enabled = %2 and DisabledByDefault = %3. Citrix Cloud accepts only TLS 1.2 and later, so the Cloud Connector cannot connect to it.</source>
        <translation>SChannel で TLS 1.2 のクライアント側が無効になっています: %1 の Enabled = %2、DisabledByDefault = %3。Citrix Cloud は TLS 1.2 以降しか受け付けないため、Cloud Connector は接続できません。</translation>
    </message>
    <message>
        <source>Set Enabled = 1 and DisabledByDefault = 0 (REG_DWORD) under %1, or delete both values, then restart the machine: reg add &quot;%1&quot; /v Enabled /t REG_DWORD /d 1 /f and reg add &quot;%1&quot; /v DisabledByDefault /t REG_DWORD /d 0 /f</source>
        <translation>%1 の Enabled を 1、DisabledByDefault を 0 (REG_DWORD) にするか、両方の値を削除してから、マシンを再起動してください: reg add &quot;%1&quot; /v Enabled /t REG_DWORD /d 1 /f と reg add &quot;%1&quot; /v DisabledByDefault /t REG_DWORD /d 0 /f</translation>
    </message>
    <message>
        <source>The cipher suite order set by Group Policy (%1, value Functions) lists none of the four suites the Citrix Cloud ingress accepts for TLS 1.2 (TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256). The policy holds: %2. Every TLS handshake to Citrix Cloud then fails.</source>
        <translation>グループ ポリシーで設定された暗号スイートの順序 (%1、値 Functions) に、Citrix Cloud の受信側が TLS 1.2 で受け付ける 4 つのスイート (TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384、TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256、TLS_DHE_RSA_WITH_AES_256_GCM_SHA384、TLS_DHE_RSA_WITH_AES_128_GCM_SHA256) がひとつも含まれていません。ポリシーの内容: %2。このままでは Citrix Cloud への TLS ハンドシェイクはすべて失敗します。</translation>
    </message>
    <message>
        <source>Add at least TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 to the Group Policy &quot;SSL Cipher Suite Order&quot; (Computer Configuration &gt; Administrative Templates &gt; Network &gt; SSL Configuration Settings), or remove that policy; then run gpupdate /force and restart the machine.</source>
        <translation>グループ ポリシー「SSL 暗号の順位」(コンピューターの構成 &gt; 管理用テンプレート &gt; ネットワーク &gt; SSL 構成設定) に少なくとも TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 と TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 を追加するか、そのポリシーを削除してください。その後 gpupdate /force を実行し、マシンを再起動してください。</translation>
    </message>
    <message>
        <source>The .NET Framework is told to keep its old TLS choice: %1 set to 0. The Cloud Connector&apos;s services are .NET programs; they then offer protocols Citrix Cloud refuses.</source>
        <translation>.NET Framework が古い TLS の選択を使い続ける設定になっています: %1 が 0 です。Cloud Connector のサービスは .NET プログラムのため、Citrix Cloud が拒否するプロトコルを提示してしまいます。</translation>
    </message>
    <message>
        <source>Set SchUseStrongCrypto = 1 and SystemDefaultTlsVersions = 1 (REG_DWORD) under both HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 and HKLM\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319, then restart the machine: reg add &quot;HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319&quot; /v SchUseStrongCrypto /t REG_DWORD /d 1 /f (and the same for the other value and key).</source>
        <translation>HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 と HKLM\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319 の両方で SchUseStrongCrypto = 1、SystemDefaultTlsVersions = 1 (REG_DWORD) に設定し、マシンを再起動してください: reg add &quot;HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319&quot; /v SchUseStrongCrypto /t REG_DWORD /d 1 /f (もう一方の値とキーも同様)。</translation>
    </message>
    <message>
        <source>FIPS mode is on (%1, Enabled = %2). The Cloud Connector&apos;s installation fails on a machine in FIPS mode.</source>
        <translation>FIPS モードが有効です (%1、Enabled = %2)。FIPS モードのマシンでは Cloud Connector のインストールが失敗します。</translation>
    </message>
    <message>
        <source>Disable the policy &quot;System cryptography: Use FIPS compliant algorithms for encryption, hashing, and signing&quot; (Local Security Policy &gt; Security Options), or set Enabled = 0 under %1: reg add &quot;%1&quot; /v Enabled /t REG_DWORD /d 0 /f; then restart the machine.</source>
        <translation>ポリシー「システム暗号化: 暗号化、ハッシュ、署名のための FIPS 準拠アルゴリズムを使う」(ローカル セキュリティ ポリシー &gt; セキュリティ オプション) を無効にするか、%1 の Enabled を 0 にしてください: reg add &quot;%1&quot; /v Enabled /t REG_DWORD /d 0 /f。その後、マシンを再起動してください。</translation>
    </message>
    <message>
        <source>Internet Explorer Enhanced Security Configuration is on for administrators (%1, IsInstalled = %2). With it on, the Cloud Connector might not be able to connect to Citrix Cloud Japan.</source>
        <translation>Administrators グループに対して Internet Explorer セキュリティ強化の構成 (IE ESC) が有効です (%1、IsInstalled = %2)。有効なままだと、Cloud Connector が Citrix Cloud Japan に接続できないことがあります。</translation>
    </message>
    <message>
        <source>Turn it off in Server Manager &gt; Local Server &gt; IE Enhanced Security Configuration (Administrators: Off), or set IsInstalled = 0 under %1 and sign in again.</source>
        <translation>サーバー マネージャー &gt; ローカル サーバー &gt; IE セキュリティ強化の構成 で無効 (Administrators: オフ) にするか、%1 の IsInstalled を 0 にして、サインインし直してください。</translation>
    </message>
    <message>
        <source>it is Server Core, which the Cloud Connector does not support</source>
        <translation>Cloud Connector がサポートしない Server Core です</translation>
    </message>
    <message>
        <source>it is not a Windows Server edition</source>
        <translation>Windows Server のエディションではありません</translation>
    </message>
    <message>
        <source>its build is older than Windows Server 2016 (14393)</source>
        <translation>ビルドが Windows Server 2016 (14393) より古いです</translation>
    </message>
    <message>
        <source>.NET Framework 4.7.2 or later is not installed (%1 Release = %2)</source>
        <translation>.NET Framework 4.7.2 以降がインストールされていません (%1 の Release = %2)</translation>
    </message>
    <message>
        <source>This machine does not meet the Cloud Connector&apos;s requirements: %1. Read from %2: ProductName &quot;%3&quot;, InstallationType &quot;%4&quot;, CurrentBuildNumber %5; ProductType &quot;%6&quot; (%7).</source>
        <translation>このマシンは Cloud Connector の要件を満たしていません: %1。%2 から読み取った値: ProductName「%3」、InstallationType「%4」、CurrentBuildNumber %5。ProductType「%6」(%7)。</translation>
    </message>
    <message>
        <source>Install the Cloud Connector on Windows Server 2016, 2019 or 2022 with Desktop Experience and .NET Framework 4.7.2 or later (4.8 recommended). Server Core cannot be converted: use another machine installed with Desktop Experience.</source>
        <translation>Cloud Connector は、デスクトップ エクスペリエンス付きの Windows Server 2016、2019、2022 に .NET Framework 4.7.2 以降 (4.8 を推奨) を入れてインストールしてください。Server Core は変換できないため、デスクトップ エクスペリエンスでインストールした別のマシンを使ってください。</translation>
    </message>
    <message>
        <source>This machine is a domain controller (DomainRole %1). Citrix does not support the Cloud Connector on a domain controller.</source>
        <translation>このマシンはドメイン コントローラーです (DomainRole %1)。Citrix はドメイン コントローラー上の Cloud Connector をサポートしていません。</translation>
    </message>
    <message>
        <source>This machine is not joined to a domain (DomainRole %1). The Cloud Connector must be a member of the Active Directory domain it serves.</source>
        <translation>このマシンはドメインに参加していません (DomainRole %1)。Cloud Connector は、対象の Active Directory ドメインのメンバーである必要があります。</translation>
    </message>
    <message>
        <source>Use a dedicated member server for the Cloud Connector: join it to the domain (Add-Computer -DomainName &lt;domain&gt;, then restart), and never a domain controller.</source>
        <translation>Cloud Connector には専用のメンバー サーバーを使ってください: ドメインに参加させ (Add-Computer -DomainName &lt;ドメイン&gt; の後に再起動)、ドメイン コントローラーには決してインストールしないでください。</translation>
    </message>
    <message>
        <source>Root certificates missing from the machine&apos;s Trusted Root store: %1, and root auto-update is off by policy (%2 DisableRootAutoUpdate = %3), so Windows cannot fetch them. Citrix Cloud&apos;s connections and the Connector&apos;s installation (&quot;Verified download failed&quot;) fail.</source>
        <translation>マシンの信頼されたルート証明機関ストアにルート証明書がありません: %1。さらにポリシーでルート証明書の自動更新が無効 (%2 の DisableRootAutoUpdate = %3) のため、Windows はそれらを取得できません。Citrix Cloud への接続と Connector のインストール (「Verified download failed」) が失敗します。</translation>
    </message>
    <message>
        <source>Root certificates not yet in the machine&apos;s Trusted Root store: %1. Windows fetches them from Windows Update on first use while root auto-update is on; where that download is blocked, connections to Citrix Cloud are not trusted.</source>
        <translation>マシンの信頼されたルート証明機関ストアにまだないルート証明書があります: %1。ルート証明書の自動更新が有効なら、Windows は初回使用時に Windows Update から取得します。その取得がブロックされている環境では、Citrix Cloud への接続は信頼されません。</translation>
    </message>
    <message>
        <source>The DigiCert G4 code-signing intermediate (%1) is not in the machine&apos;s Intermediate store. The Cloud Connector&apos;s binaries are signed under it; Windows downloads it from http://cacerts.digicert.com over port 80, and where that is blocked the installation fails with &quot;Verified download failed&quot;.</source>
        <translation>DigiCert G4 コード署名中間証明書 (%1) がマシンの中間証明機関ストアにありません。Cloud Connector のバイナリはこの証明書で署名されています。Windows は http://cacerts.digicert.com からポート 80 で取得しますが、それがブロックされているとインストールが「Verified download failed」で失敗します。</translation>
    </message>
    <message>
        <source>Import the missing certificates from DigiCert (https://www.digicert.com/kb/digicert-root-certificates.htm) into the Local Computer store: certutil -addstore Root &lt;root&gt;.crt for roots, certutil -addstore CA &lt;intermediate&gt;.crt for the intermediate. Allow http://cacerts.digicert.com and port 80 to *.digicert.com so Windows can fetch them itself.</source>
        <translation>不足している証明書を DigiCert (https://www.digicert.com/kb/digicert-root-certificates.htm) から取得し、ローカル コンピューターのストアにインポートしてください: ルートは certutil -addstore Root &lt;ルート&gt;.crt、中間証明書は certutil -addstore CA &lt;中間&gt;.crt。Windows が自分で取得できるよう、http://cacerts.digicert.com と *.digicert.com へのポート 80 を許可してください。</translation>
    </message>
    <message>
        <source>This user&apos;s Internet Settings use a PAC script (%1), which WinHTTP and the Cloud Connector cannot use; the machine&apos;s WinHTTP proxy is %2.</source>
        <translation>このユーザーのインターネット設定は PAC スクリプト (%1) を使っていますが、WinHTTP と Cloud Connector はそれを使えません。マシンの WinHTTP プロキシは %2 です。</translation>
    </message>
    <message>
        <source>This user&apos;s Internet Settings detect the proxy automatically (WPAD), which the Cloud Connector cannot use; the machine&apos;s WinHTTP proxy is %1.</source>
        <translation>このユーザーのインターネット設定はプロキシを自動検出 (WPAD) しますが、Cloud Connector はそれを使えません。マシンの WinHTTP プロキシは %1 です。</translation>
    </message>
    <message>
        <source>The machine&apos;s WinHTTP proxy (%1), which the Cloud Connector&apos;s services use, differs from this user&apos;s proxy (%2), which the installer and the browser use. The installation then works, but the services cannot reach Citrix Cloud or take another path.</source>
        <translation>Cloud Connector のサービスが使うマシンの WinHTTP プロキシ (%1) が、インストーラーとブラウザーが使うこのユーザーのプロキシ (%2) と異なります。この場合インストールは成功しても、サービスは Citrix Cloud に到達できないか、別の経路を通ります。</translation>
    </message>
    <message>
        <source>Give WinHTTP the proxy the Connector should use: netsh winhttp import proxy source=ie (copies this user&apos;s manual proxy), or netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;;&lt;internal hosts&gt;&quot;; then restart the machine. The proxy must not require authentication.</source>
        <translation>Connector が使うべきプロキシを WinHTTP に設定してください: netsh winhttp import proxy source=ie (このユーザーの手動プロキシをコピー)、または netsh winhttp set proxy proxy-server=&quot;ホスト:ポート&quot; bypass-list=&quot;&lt;local&gt;;&lt;内部ホスト&gt;&quot;。その後マシンを再起動してください。プロキシは認証を要求しないものである必要があります。</translation>
    </message>
    <message>
        <source>The installed Cloud Connector is version %1 (%2), which CTX696429 does not name as fixed for the Gateway service&apos;s move to DigiCert Global Root G2 (fixed: 6.141.0 and 6.148.0 or later).</source>
        <translation>インストールされている Cloud Connector はバージョン %1 (%2) です。このバージョンは、Gateway サービスの DigiCert Global Root G2 への移行について CTX696429 で修正済みとされていません (修正済み: 6.141.0 と 6.148.0 以降)。</translation>
    </message>
    <message>
        <source>The installed Cloud Connector is version %1 (%2), older than the versions that handle the Gateway service&apos;s move from DigiCert Global Root CA to DigiCert Global Root G2 (CTX696429: 6.141.0, or 6.148.0 or later). Its Gateway connections fail after the change.</source>
        <translation>インストールされている Cloud Connector はバージョン %1 (%2) で、Gateway サービスの DigiCert Global Root CA から DigiCert Global Root G2 への移行に対応したバージョン (CTX696429: 6.141.0、または 6.148.0 以降) より古いです。移行後は Gateway への接続が失敗します。</translation>
    </message>
    <message>
        <source>Update the Cloud Connector to 6.148.0 or later. Citrix Cloud updates Connectors itself when they can reach *.blob.core.windows.net; otherwise install the current Connector downloaded from Citrix Cloud &gt; Resource Locations.</source>
        <translation>Cloud Connector を 6.148.0 以降に更新してください。*.blob.core.windows.net に到達できれば Citrix Cloud が Connector を自動更新します。できない場合は、Citrix Cloud の [リソースの場所] からダウンロードした最新の Connector をインストールしてください。</translation>
    </message>
    <message>
        <source>The installed Cloud Connector is registered to %1 (%2), which is not a Citrix Cloud Japan address (*.citrixworkspacesapi.jp, *.citrixcloud.jp). Inferred: the registry value is the one Citrix community scripts read, and the Japan domains come from Citrix Cloud Japan&apos;s documented API hosts; confirm in Citrix Cloud Japan &gt; Resource Locations.</source>
        <translation>インストールされている Cloud Connector は %1 (%2) に登録されており、これは Citrix Cloud Japan のアドレス (*.citrixworkspacesapi.jp、*.citrixcloud.jp) ではありません。推定: このレジストリ値は Citrix のコミュニティ スクリプトが読む値であり、Japan のドメインは Citrix Cloud Japan の文書化された API ホストに基づきます。Citrix Cloud Japan の [リソースの場所] で確認してください。</translation>
    </message>
    <message>
        <source>If this Connector should serve Citrix Cloud Japan, uninstall it and install the Connector downloaded from https://citrix.citrixcloud.jp, signed in to the Japan account.</source>
        <translation>この Connector を Citrix Cloud Japan で使う場合は、アンインストールし、Japan のアカウントでサインインした https://citrix.citrixcloud.jp からダウンロードした Connector をインストールしてください。</translation>
    </message>
    <message>
        <source>No Cloud Connector is installed on this machine.</source>
        <translation>このマシンには Cloud Connector がインストールされていません。</translation>
    </message>
    <message>
        <source>The Cloud Connector&apos;s registry settings name no control-plane address.</source>
        <translation>Cloud Connector のレジストリ設定にコントロール プレーンのアドレスがありません。</translation>
    </message>
    <message>
        <source>The setting could not be read on this machine.</source>
        <translation>このマシンでは設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Host checks judge a Cloud Connector or a session host (VDA); the browser profile checks only the network path.</source>
        <translation>ホスト チェックは Cloud Connector またはセッション ホスト (VDA) を判定するものです。browser プロファイルではネットワーク経路だけを確認します。</translation>
    </message>
    <message>
        <source>Host checks need Windows: they read this machine&apos;s registry and certificate stores. Run CloudCheck on the Cloud Connector itself.</source>
        <translation>ホスト チェックには Windows が必要です: このマシンのレジストリと証明書ストアを読み取るためです。Cloud Connector マシン上で CloudCheck を実行してください。</translation>
    </message>
    <message>
        <source>The fake host file (CLOUDCHECK_FAKE_HOST, for tests only) could not be used: %1</source>
        <translation>疑似ホスト ファイル (CLOUDCHECK_FAKE_HOST、テスト専用) を使えませんでした: %1</translation>
    </message>
    <message>
        <source>TLS 1.2 client (SChannel)</source>
        <translation>TLS 1.2 クライアント (SChannel)</translation>
    </message>
    <message>
        <source>TLS 1.2 cipher suites (policy)</source>
        <translation>TLS 1.2 暗号スイート (ポリシー)</translation>
    </message>
    <message>
        <source>.NET strong cryptography</source>
        <translation>.NET の強力な暗号化</translation>
    </message>
    <message>
        <source>DigiCert roots and intermediate</source>
        <translation>DigiCert のルート証明書と中間証明書</translation>
    </message>
    <message>
        <source>FIPS mode</source>
        <translation>FIPS モード</translation>
    </message>
    <message>
        <source>IE Enhanced Security Configuration</source>
        <translation>IE セキュリティ強化の構成</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Domain role</source>
        <translation>ドメインの役割</translation>
    </message>
    <message>
        <source>WinHTTP proxy and the user&apos;s proxy</source>
        <translation>WinHTTP プロキシとユーザーのプロキシ</translation>
    </message>
    <message>
        <source>Cloud Connector version</source>
        <translation>Cloud Connector のバージョン</translation>
    </message>
    <message>
        <source>Cloud Connector region</source>
        <translation>Cloud Connector のリージョン</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>the fake host %1 (a test description, not this machine)</source>
        <translation>疑似ホスト %1 (テスト用の記述で、このマシンではありません)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>読み取りなし</translation>
    </message>
    <message>
        <source>This machine (host checks)</source>
        <translation>このマシン (ホスト チェック)</translation>
    </message>
</context>
<context>
    <name>HostHtml</name>
    <message>
        <source>Read from %1. These are this machine&apos;s own settings, not addresses.</source>
        <translation>読み取り元: %1。これらはアドレスではなく、このマシン自身の設定です。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>読み取った値</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>詳細情報:</translation>
    </message>
</context>
<context>
    <name>HostOverride</name>
    <message>
        <source>--resolve expects HOST:ADDRESS, got &quot;%1&quot;</source>
        <translation>--resolve には HOST:ADDRESS の形式で指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--resolve: &quot;%1&quot; is not an IP address (in &quot;%2&quot;)</source>
        <translation>--resolve: &quot;%1&quot; は IP アドレスではありません (&quot;%2&quot; 内)</translation>
    </message>
    <message>
        <source>--connect-to expects HOST:PORT:ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--connect-to には HOST:PORT:ADDRESS:PORT の形式で指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--connect-to: ports must be numbers from 1 to 65535 (in &quot;%1&quot;)</source>
        <translation>--connect-to: ポートには 1 から 65535 までの数値を指定してください (&quot;%1&quot; 内)</translation>
    </message>
    <message>
        <source>--connect-to: &quot;%1&quot; is not an IP address (in &quot;%2&quot;)</source>
        <translation>--connect-to: &quot;%1&quot; は IP アドレスではありません (&quot;%2&quot; 内)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>CloudCheck report: %1, %2</source>
        <translation>CloudCheck レポート: %1、%2</translation>
    </message>
    <message>
        <source>Citrix Cloud Japan connectivity report</source>
        <translation>Citrix Cloud Japan 接続確認レポート</translation>
    </message>
    <message>
        <source>Can this machine reach every address Citrix Cloud Japan needs, and if not, what must change?</source>
        <translation>このマシンから Citrix Cloud Japan に必要なすべてのアドレスに到達できるか、できない場合は何を変更すべきかを示します。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Checked as</source>
        <translation>確認の種類</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 addresses: %2 passed, %3 with warnings, %4 failed, %5 not checked</source>
        <translation>アドレス %1 件: 成功 %2、警告 %3、失敗 %4、未確認 %5</translation>
    </message>
    <message>
        <source>Results by service</source>
        <translation>サービス別の結果</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>優先して対処すべき問題</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Usually owned by:</source>
        <translation>通常の担当:</translation>
    </message>
    <message>
        <source>Affected addresses:</source>
        <translation>対象アドレス:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>詳細情報:</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>すべてのアドレス</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>必要とするサービス</translation>
    </message>
    <message>
        <source>Documented as</source>
        <translation>ドキュメントの記載</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>usually owned by %1</source>
        <translation>通常の担当: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <source>Addresses that passed</source>
        <translation>成功したアドレス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>Presented to:</source>
        <translation>提示先:</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>このレポートの読み方</translation>
    </message>
    <message>
        <source>Each address was checked step by step from this machine: DNS lookup, the proxy when one is used, TCP connection, TLS handshake, certificate and HTTP request. A step after a failed one is not checked.</source>
        <translation>各アドレスは、このマシンから 1 ステップずつ確認しました: DNS 参照、プロキシ (使用する場合)、TCP 接続、TLS ハンドシェイク、証明書、HTTP 要求。失敗したステップより後のステップは確認していません。</translation>
    </message>
    <message>
        <source>Passed: the step or address works. Warning: it works, but something should be fixed, or it is only recommended. Failed: it does not work and the services that need it will not work fully. Not checked: the check could not run; this is never counted as passed.</source>
        <translation>成功: そのステップまたはアドレスは機能しています。警告: 機能していますが修正すべき点があるか、推奨のアドレスです。失敗: 機能しておらず、それを必要とするサービスは完全には動作しません。未確認: 確認を実行できませんでした。未確認が成功として数えられることはありません。</translation>
    </message>
    <message>
        <source>Path says whether the address was reached directly or through a proxy, and which setting decided.</source>
        <translation>「経路」は、そのアドレスに直接接続したかプロキシ経由で接続したか、およびどの設定でそう決まったかを示します。</translation>
    </message>
    <message>
        <source>Evidence says whether Citrix documents the address or CloudCheck chose a representative host for a documented wildcard.</source>
        <translation>「根拠」は、そのアドレスが Citrix のドキュメントに記載されているか、記載されたワイルドカードに対して CloudCheck が代表ホストを選んだかを示します。</translation>
    </message>
    <message>
        <source>Each problem has a fix and the team that usually owns it. Send this report to that team: it needs no tool to read.</source>
        <translation>各問題には、対処方法と通常の担当チームを記載しています。このレポートをその担当チームに送ってください。閲覧にツールは必要ありません。</translation>
    </message>
    <message>
        <source>Catalog source:</source>
        <translation>カタログの出典:</translation>
    </message>
    <message>
        <source>%1, version %2, dated %3</source>
        <translation>%1、バージョン %2、%3 付け</translation>
    </message>
    <message>
        <source>Other path</source>
        <translation>別の経路</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>The separator between the items of a list; Japanese uses the ideographic comma.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Proxy password for %1: </source>
        <translation>%1 のプロキシ パスワード: </translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>--proxy pac:URL needs a valid URL, got &quot;%1&quot;</source>
        <translation>--proxy pac:URL には有効な URL を指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--proxy must not contain a password; use --proxy-user and the CLOUDCHECK_PROXY_PASSWORD environment variable</source>
        <translation>--proxy にパスワードを含めることはできません。--proxy-user と環境変数 CLOUDCHECK_PROXY_PASSWORD を使用してください</translation>
    </message>
    <message>
        <source>--proxy expects system, none, http://[user@]host:port or pac:URL, got &quot;%1&quot;</source>
        <translation>--proxy には system、none、http://[user@]host:port、pac:URL のいずれかを指定してください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--proxy pac:URL must not contain a password</source>
        <translation>--proxy pac:URL にパスワードを含めることはできません</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 名前解決</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Revocation check</source>
        <translation>失効確認</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP 要求</translation>
    </message>
    <message>
        <source>UDP (EDT)</source>
        <translation>UDP (EDT)</translation>
    </message>
    <message>
        <source>name does not exist</source>
        <translation>名前が存在しない</translation>
    </message>
    <message>
        <source>DNS server failure</source>
        <translation>DNS サーバーの障害</translation>
    </message>
    <message>
        <source>answer blocked by a DNS filter</source>
        <translation>DNS フィルターによるブロック</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続成功</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>not needed (another address answered first)</source>
        <translation>不要 (別のアドレスが先に応答)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>no common TLS version</source>
        <translation>共通の TLS バージョンなし</translation>
    </message>
    <message>
        <source>answer is not TLS</source>
        <translation>TLS 以外の応答</translation>
    </message>
    <message>
        <source>connection closed by the other side</source>
        <translation>相手側が接続を切断</translation>
    </message>
    <message>
        <source>TLS negotiation failed</source>
        <translation>TLS ネゴシエーションの失敗</translation>
    </message>
    <message>
        <source>answer is not valid HTTP</source>
        <translation>有効な HTTP 応答ではない</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>the proxy setting cannot be used</source>
        <translation>プロキシ設定を使用できない</translation>
    </message>
    <message>
        <source>the proxy&apos;s name does not resolve</source>
        <translation>プロキシの名前を解決できない</translation>
    </message>
    <message>
        <source>no answer to CONNECT</source>
        <translation>CONNECT への応答なし</translation>
    </message>
    <message>
        <source>not an HTTP proxy</source>
        <translation>HTTP プロキシではない</translation>
    </message>
    <message>
        <source>refused by the proxy&apos;s policy</source>
        <translation>プロキシのポリシーによる拒否</translation>
    </message>
    <message>
        <source>proxy authentication required</source>
        <translation>プロキシ認証が必要</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ready: every address is reachable</source>
        <translation>準備完了: すべてのアドレスに到達できます</translation>
    </message>
    <message>
        <source>Reachable, with warnings</source>
        <translation>到達可能 (警告あり)</translation>
    </message>
    <message>
        <source>Not ready: required addresses fail</source>
        <translation>準備未完了: 必須のアドレスで失敗があります</translation>
    </message>
    <message>
        <source>This machine reaches every address the chosen services need.</source>
        <translation>このマシンは、選択したサービスに必要なすべてのアドレスに到達できます。</translation>
    </message>
    <message>
        <source>The required addresses answered, but some checks warned or could not run. The services should work; fix the warnings below to avoid trouble.</source>
        <translation>必須のアドレスは応答しましたが、一部のチェックで警告が発生したか、チェックを実行できませんでした。サービスは動作するはずですが、問題を避けるため、以下の警告に対処してください。</translation>
    </message>
    <message>
        <source>This machine cannot reach addresses the chosen services need. They will not work fully until the problems below are fixed.</source>
        <translation>このマシンは、選択したサービスに必要なアドレスに到達できません。以下の問題を解決するまで、サービスは正常に動作しません。</translation>
    </message>
    <message>
        <source>The run was cancelled, so these results are partial.</source>
        <translation>実行がキャンセルされたため、この結果は一部のみです。</translation>
    </message>
    <message>
        <source>Cloud Connector</source>
        <translation>Cloud Connector</translation>
    </message>
    <message>
        <source>Administrator&apos;s browser</source>
        <translation>管理者のブラウザー</translation>
    </message>
    <message>
        <source>Session host (VDA)</source>
        <translation>セッション ホスト (VDA)</translation>
    </message>
    <message>
        <source>System settings (no proxy set)</source>
        <translation>システムの設定 (プロキシ未設定)</translation>
    </message>
    <message>
        <source>System settings (%1)</source>
        <translation>システムの設定 (%1)</translation>
    </message>
    <message>
        <source>None (direct, as chosen)</source>
        <translation>なし (指定により直接接続)</translation>
    </message>
    <message>
        <source>Given for this check (%1)</source>
        <translation>この確認で指定 (%1)</translation>
    </message>
    <message>
        <source>PAC script (%1)</source>
        <translation>PAC スクリプト (%1)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Not finished: the run was cancelled</source>
        <translation>未完了: 実行がキャンセルされました</translation>
    </message>
    <message>
        <source>Skipped: %1 failed</source>
        <translation>スキップ: 前のステップ (%1) が失敗しました</translation>
    </message>
    <message>
        <source>Skipped: needs the Customer ID</source>
        <translation>スキップ: 顧客 ID が必要です</translation>
    </message>
    <message>
        <source>Not supported yet</source>
        <translation>まだサポートされていません</translation>
    </message>
    <message>
        <source>%1 (detail: %2)</source>
        <translation>%1 (詳細: %2)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (固定)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>For information only: the proxy resolves names (no answer yet)</source>
        <translation>参考情報: 名前解決はプロキシが行います (まだ応答なし)</translation>
    </message>
    <message>
        <source>For information only, the proxy resolves names: %1</source>
        <translation>参考情報 (名前解決はプロキシが行います): %1</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>%1 のポート %2 に接続しました</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on port %2 (%3)</source>
        <translation>ポート %2 で %1 (%3)</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>発行者 %1</translation>
    </message>
    <message>
        <source>issuer %1, expected %2</source>
        <translation>発行者 %1 (想定: %2)</translation>
    </message>
    <message>
        <source>Trusted; issuer %1</source>
        <translation>信頼済み (発行者 %1)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>サーバー %1</translation>
    </message>
    <message>
        <source>system time off by %1 s</source>
        <translation>システム時刻のずれ %1 秒</translation>
    </message>
    <message>
        <source>%1:%2, %3</source>
        <translation>%1:%2、%3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 の %2 への応答: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connected to the proxy %1</source>
        <translation>プロキシ %1 に接続しました</translation>
    </message>
    <message>
        <source>Name does not exist in DNS</source>
        <translation>DNS に名前が存在しない</translation>
    </message>
    <message>
        <source>No DNS answer</source>
        <translation>DNS の応答なし</translation>
    </message>
    <message>
        <source>Name blocked by a DNS filter</source>
        <translation>DNS フィルターによる名前のブロック</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>Port blocked (packets dropped)</source>
        <translation>ポートのブロック (パケット破棄)</translation>
    </message>
    <message>
        <source>Address unreachable</source>
        <translation>アドレスに到達不能</translation>
    </message>
    <message>
        <source>Proxy server unreachable</source>
        <translation>プロキシ サーバーに到達不能</translation>
    </message>
    <message>
        <source>Proxy authentication required</source>
        <translation>プロキシ認証が必要</translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation>プロキシ認証の失敗</translation>
    </message>
    <message>
        <source>Refused by the proxy&apos;s policy</source>
        <translation>プロキシのポリシーによる拒否</translation>
    </message>
    <message>
        <source>Proxy setting the Cloud Connector cannot use</source>
        <translation>Cloud Connector が使用できないプロキシ設定</translation>
    </message>
    <message>
        <source>PAC script could not be used</source>
        <translation>PAC スクリプトを使用できない</translation>
    </message>
    <message>
        <source>TLS version too old</source>
        <translation>TLS バージョンが古すぎる</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていない</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>証明書がまだ有効でない</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>別の名前の証明書</translation>
    </message>
    <message>
        <source>SSL interception in the path</source>
        <translation>経路上での SSL インターセプション</translation>
    </message>
    <message>
        <source>Revocation check unreachable</source>
        <translation>失効確認先に到達不能</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>証明書の失効</translation>
    </message>
    <message>
        <source>Unexpected answer instead of the service</source>
        <translation>サービス以外からの予期しない応答</translation>
    </message>
    <message>
        <source>System time is off</source>
        <translation>システム時刻のずれ</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>応答の遅延</translation>
    </message>
    <message>
        <source>UDP 443 blocked (EDT)</source>
        <translation>UDP 443 のブロック (EDT)</translation>
    </message>
    <message>
        <source>the network team</source>
        <translation>ネットワーク チーム</translation>
    </message>
    <message>
        <source>the proxy team</source>
        <translation>プロキシ チーム</translation>
    </message>
    <message>
        <source>the server administrator</source>
        <translation>サーバー管理者</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>quoting what a server, proxy or certificate said</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 of %2 CRL/OCSP answers good</source>
        <translation>CRL/OCSP の応答 %2 件中 %1 件が正常</translation>
    </message>
    <message>
        <source>Revocation answer not valid</source>
        <translation>失効確認の応答が無効</translation>
    </message>
    <message>
        <source>Proxy cuts long-lived tunnels</source>
        <translation>プロキシによる長時間トンネルの切断</translation>
    </message>
    <message>
        <source>TLS 1.2 switched off on this machine</source>
        <translation>このマシンで TLS 1.2 が無効</translation>
    </message>
    <message>
        <source>Required cipher suites removed by policy</source>
        <translation>必要な暗号スイートがポリシーで除外</translation>
    </message>
    <message>
        <source>.NET strong cryptography off</source>
        <translation>.NET の強力な暗号化が無効</translation>
    </message>
    <message>
        <source>FIPS mode on</source>
        <translation>FIPS モードが有効</translation>
    </message>
    <message>
        <source>IE Enhanced Security Configuration on</source>
        <translation>IE セキュリティ強化の構成が有効</translation>
    </message>
    <message>
        <source>Operating system not supported for the Cloud Connector</source>
        <translation>Cloud Connector がサポートしないオペレーティング システム</translation>
    </message>
    <message>
        <source>Domain role not supported for the Cloud Connector</source>
        <translation>Cloud Connector がサポートしないドメインの役割</translation>
    </message>
    <message>
        <source>DigiCert certificates missing from the machine&apos;s store</source>
        <translation>マシンのストアに DigiCert 証明書がない</translation>
    </message>
    <message>
        <source>WinHTTP proxy differs from the user&apos;s proxy</source>
        <translation>WinHTTP プロキシがユーザーのプロキシと異なる</translation>
    </message>
    <message>
        <source>Cloud Connector too old for the Gateway root change</source>
        <translation>Gateway のルート変更に対して Cloud Connector が古い</translation>
    </message>
    <message>
        <source>Cloud Connector registered outside Citrix Cloud Japan</source>
        <translation>Cloud Connector が Citrix Cloud Japan 以外に登録されている</translation>
    </message>
    <message>
        <source>Cipher suites (TLS 1.2)</source>
        <translation>暗号スイート (TLS 1.2)</translation>
    </message>
    <message>
        <source>none of the offered cipher suites accepted</source>
        <translation>提示した暗号スイートがいずれも受け入れられない</translation>
    </message>
    <message>
        <source>TLS 1.2 refused</source>
        <translation>TLS 1.2 が拒否された</translation>
    </message>
    <message>
        <source>Not checked: this machine&apos;s TLS library has none of the required suites</source>
        <translation>未確認: このマシンの TLS ライブラリには必要な暗号スイートがありません</translation>
    </message>
    <message>
        <source>Not checked: a second connection could not be opened (%1)</source>
        <translation>未確認: 確認用の 2 本目の接続を開けませんでした (%1)</translation>
    </message>
    <message>
        <source>Offered only %1 over TLS 1.2: %2</source>
        <translation>TLS 1.2 で %1 のみを提示: %2</translation>
    </message>
    <message>
        <source>%1 %2 negotiated (offered only %3)</source>
        <translation>%1 %2 をネゴシエート (提示したのは %3 のみ)</translation>
    </message>
    <message>
        <source>Cipher suites Citrix Cloud accepts not negotiated</source>
        <translation>Citrix Cloud が受け入れる暗号スイートをネゴシエートできない</translation>
    </message>
    <message>
        <source>Not ready: this machine&apos;s own settings fail</source>
        <translation>準備未完了: このマシン自身の設定で失敗があります</translation>
    </message>
    <message>
        <source>The addresses answered, but settings on this machine (listed below) stop every Citrix Cloud connection, whatever the network allows. Fix them first.</source>
        <translation>アドレスは応答しましたが、このマシンの設定 (下記) により、ネットワークが許可していても Citrix Cloud への接続はすべて失敗します。まずこれらを修正してください。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot tell the report format of &quot;%1&quot;: use .json, .txt or .html</source>
        <translation>&quot;%1&quot; のレポート形式を判別できません: .json、.txt、.html のいずれかを使用してください</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>RunDiagnosis</name>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>None of the %1 addresses could be resolved: this machine does not resolve public internet names.</source>
        <translation>%1 件のアドレスをいずれも名前解決できませんでした。このマシンはインターネット上の外部名を名前解決できていません。</translation>
    </message>
    <message>
        <source>Check the DNS servers this machine uses (ipconfig /all) and that they forward public names. Where the internet is reachable only through a proxy, names resolve on the proxy instead: configure the proxy for the Cloud Connector (netsh winhttp set proxy) and check again through it.</source>
        <translation>このマシンが使用している DNS サーバー (ipconfig /all) と、それらが外部名の問い合わせを転送していることを確認してください。インターネットへの接続がプロキシ経由に限られている環境では、名前解決はプロキシ側で行われます。Cloud Connector 用にプロキシを設定し (netsh winhttp set proxy)、プロキシ経由で再度確認してください。</translation>
    </message>
    <message>
        <source>Direct connections fail for all %1 addresses that resolved (%2): outbound traffic from this machine is blocked, or must go through a proxy.</source>
        <translation>名前解決できた %1 件のアドレス (%2) すべてで直接接続に失敗しました。このマシンからの送信方向の通信がブロックされているか、プロキシ経由で接続する必要があります。</translation>
    </message>
    <message>
        <source>Ask the firewall team to allow outbound TCP 443 to the Citrix Cloud addresses, and TCP 80 to *.digicert.com. If this site uses a proxy, configure it for the Cloud Connector (netsh winhttp set proxy); the connector supports only proxies without authentication.</source>
        <translation>Citrix Cloud のアドレスへの送信方向の TCP 443 と、*.digicert.com への TCP 80 を許可するよう、ファイアウォール チームに依頼してください。このサイトでプロキシを使用している場合は、Cloud Connector 用にプロキシを設定してください (netsh winhttp set proxy)。Cloud Connector は認証なしのプロキシにのみ対応しています。</translation>
    </message>
    <message>
        <source>Port 80 is blocked for all %1 certificate revocation addresses (%2) while HTTPS works. Cloud Connector installations and upgrades will stop with &quot;verified download failed&quot;.</source>
        <translation>HTTPS は接続できますが、証明書の失効確認用アドレス %1 件 (%2) すべてでポート 80 がブロックされています。Cloud Connector のインストールとアップグレードが &quot;verified download failed&quot; で停止します。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 80 to *.digicert.com on the firewall, without redirection or filtering.</source>
        <translation>ファイアウォールで、*.digicert.com への送信方向の TCP 80 を、リダイレクトやフィルタリングなしで許可してください。</translation>
    </message>
    <message>
        <source>SSL decryption by &quot;%1&quot; re-signs %2 addresses (%3).</source>
        <translation>&quot;%1&quot; による SSL インターセプションで、%2 件のアドレス (%3) の証明書が再署名されています。</translation>
    </message>
    <message>
        <source>Exclude the Citrix Cloud and Azure domains from SSL decryption on that device, as CTX221535 describes. The Cloud Connector fails through inspection.</source>
        <translation>CTX221535 の説明に従い、そのデバイスで Citrix Cloud と Azure のドメインを SSL インターセプションの対象から除外してください。SSL インターセプションを経由すると Cloud Connector は失敗します。</translation>
    </message>
    <message>
        <source>%1 addresses, for example: %2</source>
        <translation>%1 件のアドレス。例: %2</translation>
    </message>
    <message>
        <source>Every certificate checked (%1 addresses) is outside its validity period by this machine&apos;s clock, which says %2 UTC: the clock is almost certainly wrong.</source>
        <translation>確認したすべての証明書 (%1 件のアドレス) が、このマシンのシステム時刻 (%2 UTC) では有効期間外です。このマシンのシステム時刻がほぼ確実に間違っています。</translation>
    </message>
    <message>
        <source>Set the correct date, time and time zone, and synchronise with a reliable NTP source (w32tm /resync on Windows). TLS and token validation fail until the clock is right.</source>
        <translation>正しい日付、時刻、タイム ゾーンを設定し、信頼できる NTP ソースと同期してください (Windows では w32tm /resync)。システム時刻が正しくなるまで、TLS とトークンの検証は失敗します。</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) asks for authentication for all %3 addresses sent to it.</source>
        <translation>プロキシ %1 (%2 による) は、経由した %3 件のアドレスすべてで認証を要求しています。</translation>
    </message>
    <message>
        <source>The proxy setting in %1 cannot be used, so none of the %2 addresses sent to it could be checked.</source>
        <translation>%1 のプロキシ設定を使用できないため、経由する %2 件のアドレスはいずれも確認できませんでした。</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) did not answer for any of the %3 addresses sent to it.</source>
        <translation>プロキシ %1 (%2 による) は、経由した %3 件のアドレスのいずれにも応答しませんでした。</translation>
    </message>
    <message>
        <source>Cloud Connector installations and upgrades will stop with &quot;verified download failed&quot;.</source>
        <translation>Cloud Connector のインストールとアップグレードは「verified download failed」で停止します。</translation>
    </message>
    <message>
        <source>Allow outbound HTTP (TCP port 80) to %1, directly or through the proxy the machine uses, without redirection, block pages or filtering.</source>
        <translation>%1 への送信方向の HTTP (TCP ポート 80) を、直接またはこのマシンが使用するプロキシ経由で、リダイレクト、ブロック ページ、フィルタリングなしで許可してください。</translation>
    </message>
    <message>
        <source>%1 addresses (%2) fail direct and work through the proxy %3 (from %4): this machine reaches the internet only through that proxy.</source>
        <translation>%1 件のアドレス (%2) は直接接続では失敗し、プロキシ %3 (%4 による) 経由では接続できます。このマシンはそのプロキシ経由でのみインターネットに接続できます。</translation>
    </message>
    <message>
        <source>%1 addresses (%2) fail through the proxy and work direct: the proxy is what blocks them.</source>
        <translation>%1 件のアドレス (%2) はプロキシ経由では失敗し、直接接続では接続できます。ブロックしているのはプロキシです。</translation>
    </message>
    <message>
        <source>Set that proxy for the Cloud Connector: netsh winhttp set proxy %1 (or netsh winhttp import proxy source=ie), then restart the Citrix Cloud services.</source>
        <translation>そのプロキシを Cloud Connector に設定してください: netsh winhttp set proxy %1 (または netsh winhttp import proxy source=ie)。その後、Citrix Cloud のサービスを再起動してください。</translation>
    </message>
    <message>
        <source>Fix the proxy&apos;s rules for these addresses, or bypass the proxy for them in the Cloud Connector&apos;s WinHTTP settings (netsh winhttp set proxy ... bypass-list=...).</source>
        <translation>これらのアドレスに対するプロキシのルールを修正するか、Cloud Connector の WinHTTP 設定でこれらのアドレスをプロキシの対象から除外してください (netsh winhttp set proxy ... bypass-list=...)。</translation>
    </message>
    <message>
        <source>No certificate revocation address answered with a valid CRL or OCSP response for any of the %1 addresses that need one (%2): port 80 is blocked, or a proxy or filter answers every port-80 request with its own page.</source>
        <translation>失効確認が必要な %1 件のアドレスのいずれについても、証明書失効確認のアドレス (%2) から有効な CRL または OCSP 応答が返りませんでした。ポート 80 がブロックされているか、プロキシやフィルターがポート 80 へのすべての要求に独自のページで応答しています。</translation>
    </message>
    <message>
        <source>Port 80 is blocked for every certificate revocation address (%2) that the %1 addresses need.</source>
        <translation>%1 件のアドレスが必要とするすべての証明書失効確認のアドレス (%2) で、ポート 80 がブロックされています。</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>A Customer ID has 1 to 63 letters, digits or hyphens (not at the start or end); &quot;%1&quot; is not one. Find it under Account Settings in the Citrix Cloud console.</source>
        <translation>顧客 ID は 1 から 63 文字の英字、数字、ハイフンで構成されます (先頭と末尾にはハイフンを使用できません)。&quot;%1&quot; は顧客 ID ではありません。顧客 ID は Citrix Cloud コンソールの [アカウント設定] で確認できます。</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked</source>
        <translation>成功 %1、警告 %2、失敗 %3、未確認 %4</translation>
    </message>
    <message>
        <source>CloudCheck %1 - %2 catalog %3 (%4)
</source>
        <translation>CloudCheck %1 - %2 カタログ %3 (%4)
</translation>
    </message>
    <message>
        <source>Profile: %1   Proxy: %2   Timeout: %3 ms   Started: %4
</source>
        <translation>プロファイル: %1   プロキシ: %2   タイムアウト: %3 ms   開始: %4
</translation>
    </message>
    <message>
        <source>The run was cancelled; unfinished checks are marked NOT CHECKED.
</source>
        <translation>実行がキャンセルされました。完了していないチェックは「未確認」と表示されます。
</translation>
    </message>
    <message>
        <source>Also needed by: %1</source>
        <translation>ほかに必要とするサービス: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source> (%1 targets in %2 ms)</source>
        <translation> (対象 %1 件、%2 ms)</translation>
    </message>
    <message>
        <source>What to fix first:</source>
        <translation>優先して対処すべき問題:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>経路: %1</translation>
    </message>
    <message>
        <source>(usually owned by %1)</source>
        <translation>(通常の担当: %1)</translation>
    </message>
    <message>
        <source>Other path: %1</source>
        <translation>別の経路: %1</translation>
    </message>
    <message>
        <source>held open through %1 for %2 s, as asked</source>
        <translation>%1 経由で指定どおり %2 秒間保持</translation>
    </message>
    <message>
        <source>cut by %1 after %2 s of %3 s</source>
        <translation>%1 により %3 秒中 %2 秒で切断</translation>
    </message>
    <message>
        <source>not held: %1</source>
        <translation>保持せず: %1</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>トンネル: %1</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>読み取り元: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other host check(s) passed.</source>
        <translation>
            <numerusform>ほかのホスト チェック %n 件は成功しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cloudcheck::AllowlistApiFetch</name>
    <message>
        <source>Citrix&apos;s allowlist could not be fetched: %1</source>
        <translation>Citrix の許可リストを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Citrix&apos;s allowlist API answers in JSON only for a Customer ID: enter it on the first page.</source>
        <translation>Citrix の許可リスト API が JSON で応答するには顧客 ID が必要です。最初のページで入力してください。</translation>
    </message>
    <message>
        <source>This run did not check api.citrixcloud.jp, the API&apos;s address.</source>
        <translation>この実行では API のアドレス api.citrixcloud.jp を確認していません。</translation>
    </message>
    <message>
        <source>This run could not reach api.citrixcloud.jp, the API&apos;s address. Save the API&apos;s answer on a machine that can, and compare it with cloudcheck-cli --compare-allowlist.</source>
        <translation>この実行では API のアドレス api.citrixcloud.jp に到達できませんでした。到達できるマシンで API の応答を保存し、cloudcheck-cli --compare-allowlist で比較してください。</translation>
    </message>
    <message>
        <source>The route to api.citrixcloud.jp cannot be used: %1</source>
        <translation>api.citrixcloud.jp への経路を使用できません: %1</translation>
    </message>
    <message>
        <source>Citrix&apos;s allowlist answer was not understood: %1</source>
        <translation>Citrix の許可リストの応答を解釈できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>cloudcheck::AllowlistDriftDialog</name>
    <message>
        <source>Compare with Citrix&apos;s allowlist</source>
        <translation>Citrix の許可リストと比較</translation>
    </message>
    <message>
        <source>Differences from Citrix&apos;s allowlist</source>
        <translation>Citrix の許可リストとの相違</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>This test session does not pin %1.</source>
        <translation>このテスト セッションでは %1 が固定されていません。</translation>
    </message>
    <message>
        <source>Asking Citrix&apos;s Connectivity AllowList API (Japan) along this run&apos;s route to %1...</source>
        <translation>この実行の %1 への経路で Citrix の Connectivity AllowList API (日本) に問い合わせています...</translation>
    </message>
    <message>
        <source>The catalog and Citrix&apos;s list differ:</source>
        <translation>カタログと Citrix の一覧には次の相違があります:</translation>
    </message>
    <message>
        <source>The catalog and Citrix&apos;s list agree.</source>
        <translation>カタログと Citrix の一覧は一致しています。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>cloudcheck::CliApplication</name>
    <message>
        <source>cloudcheck-cli: the catalog was refused: %1</source>
        <translation>cloudcheck-cli: カタログを使用できません: %1</translation>
    </message>
    <message>
        <source>cloudcheck-cli: --services: unknown service &quot;%1&quot;; known services are: %2</source>
        <translation>cloudcheck-cli: --services: 不明なサービス &quot;%1&quot; です (使用できるサービス: %2)</translation>
    </message>
    <message>
        <source>cloudcheck-cli: nothing to check: no catalog entry matches these services and profile</source>
        <translation>cloudcheck-cli: 確認する対象がありません: 指定されたサービスとプロファイルに一致するカタログ エントリがありません</translation>
    </message>
    <message>
        <source>%1 catalog %2 (%3)</source>
        <translation>%1 カタログ %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>(always checked)</source>
        <translation>(常に確認)</translation>
    </message>
    <message>
        <source>cloudcheck-cli: cannot read the built-in catalog: %1</source>
        <translation>cloudcheck-cli: 組み込みのカタログを読み込めません: %1</translation>
    </message>
    <message>
        <source>Wrote the built-in catalog to %1. Correct it, then run with --catalog %1.</source>
        <translation>組み込みのカタログを %1 に書き出しました。修正してから --catalog %1 を付けて実行してください。</translation>
    </message>
    <message>
        <source>probe: %1 (host %2)</source>
        <translation>プローブ先: %1 (ホスト: %2)</translation>
    </message>
    <message>
        <source>pattern source: %1</source>
        <translation>パターンの出典: %1</translation>
    </message>
    <message>
        <source>host source: %1</source>
        <translation>ホストの出典: %1</translation>
    </message>
    <message>
        <source>Cancelling... (press Ctrl+C again to quit at once)</source>
        <translation>キャンセルしています... (すぐに終了するにはもう一度 Ctrl+C を押してください)</translation>
    </message>
    <message>
        <source>cloudcheck-cli: a proxy user is given but no password: set %1, or run in a terminal to be asked</source>
        <translation>cloudcheck-cli: プロキシのユーザーが指定されていますが、パスワードがありません: %1 を設定するか、ターミナルで実行してパスワードを入力してください</translation>
    </message>
    <message>
        <source>Holding a proxy tunnel open: %1 s left (Ctrl+C stops)</source>
        <translation>プロキシ トンネルを保持しています: 残り %1 秒 (Ctrl+C で停止)</translation>
    </message>
    <message>
        <source>cipher policy: %1 (also checked with TLS 1.2 and only the cipher suites the Citrix Cloud ingress accepts, CTX335879)</source>
        <translation>暗号ポリシー: %1 (TLS 1.2 と、Citrix Cloud のイングレスが受け入れる暗号スイートだけでも確認します。CTX335879)</translation>
    </message>
</context>
<context>
    <name>cloudcheck::CloudCheckWizard</name>
    <message>
        <source>CloudCheck %1

Checks whether this machine reaches every address Citrix Cloud Japan needs, explains failures and says what to change.

Endpoint catalog: %2, version %3 (%4)</source>
        <translation>CloudCheck %1

このマシンから Citrix Cloud Japan に必要なすべてのアドレスに到達できるかを確認し、失敗の原因と変更すべき設定を示します。

エンドポイント カタログ: %2、バージョン %3 (%4)</translation>
    </message>
    <message>
        <source>About CloudCheck</source>
        <translation>CloudCheck のバージョン情報</translation>
    </message>
    <message>
        <source>CloudCheck - Citrix Cloud Japan connectivity</source>
        <translation>CloudCheck - Citrix Cloud Japan 接続確認</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>cloudcheck::DetailsView</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Certificate chain as received</source>
        <translation>受信した証明書チェーン</translation>
    </message>
    <message>
        <source>Select a service, an address or a step to see what was found and what to do.</source>
        <translation>サービス、アドレス、またはステップを選択すると、検出された内容と対処方法が表示されます。</translation>
    </message>
    <message>
        <source>Select an address to see its checks, findings and fixes.</source>
        <translation>アドレスを選択すると、チェック内容、検出結果、対処方法が表示されます。</translation>
    </message>
    <message>
        <source>Needed by: %1</source>
        <translation>必要とするサービス: %1</translation>
    </message>
    <message>
        <source>Documented as:</source>
        <translation>ドキュメントでの記載:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What was found and what to do</source>
        <translation>検出された内容と対処方法</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>詳細情報:</translation>
    </message>
    <message>
        <source>Reachable: every check passed.</source>
        <translation>到達可能: すべてのチェックに成功しました。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観測結果</translation>
    </message>
    <message>
        <source>Recorded facts, named as in the JSON report:</source>
        <translation>記録された事実 (JSON レポートと同じ名前):</translation>
    </message>
    <message>
        <source>Other path:</source>
        <translation>別の経路:</translation>
    </message>
</context>
<context>
    <name>cloudcheck::NetworkPage</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Not checked: needs the Customer ID</source>
        <translation>未確認: 顧客 ID が必要です</translation>
    </message>
    <message>
        <source>&amp;Addresses this run will check (%1):</source>
        <translation>今回確認するアドレス (%1)(&amp;A):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>How this machine reaches the internet, and how long to wait for each step.</source>
        <translation>このマシンからインターネットへの接続方法と、各ステップの待ち時間を設定します。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>プロキシなし: 直接接続(&amp;N)</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>user (optional)</source>
        <translation>ユーザー (省略可)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>ステップごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>ステップごとのタイムアウト (秒)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <source>Addresses checked at &amp;once:</source>
        <translation>同時に確認するアドレス数(&amp;O):</translation>
    </message>
    <message>
        <source>Addresses checked at once</source>
        <translation>同時に確認するアドレス数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Addresses this run will check</source>
        <translation>今回確認するアドレス</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>アドレス 1 件</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>アドレス %1 件</translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, for example proxy.example.com:8080.</source>
        <translation>プロキシを host:port の形式で入力してください (例: proxy.example.com:8080)。</translation>
    </message>
    <message>
        <source>&amp;System settings (the proxy this machine is set to use, if any)</source>
        <translation>システム設定 (このマシンに設定されたプロキシがあれば使用)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手動プロキシ(&amp;M):</translation>
    </message>
    <message>
        <source>The proxy this machine is set to use: the https_proxy and no_proxy environment variables, then the system settings. On Windows, the WinHTTP proxy (netsh winhttp) for a Cloud Connector, the Internet Settings for a browser.</source>
        <translation>このマシンに設定されたプロキシを使用します。環境変数 https_proxy と no_proxy、次にシステム設定の順に参照します。Windows では、Cloud Connector の場合は WinHTTP プロキシ (netsh winhttp)、ブラウザーの場合はインターネット設定を使用します。</translation>
    </message>
    <message>
        <source>That is not a proxy address. Enter it as host:port, for example proxy.example.com:8080, and the user name and password in their own fields.</source>
        <translation>プロキシのアドレスではありません。host:port の形式で入力してください (例: proxy.example.com:8080)。ユーザー名とパスワードはそれぞれの欄に入力してください。</translation>
    </message>
    <message>
        <source>Enter the PAC script&apos;s address, for example http://proxy.example.com/proxy.pac (http, https or file).</source>
        <translation>PAC スクリプトのアドレスを入力してください (例: http://proxy.example.com/proxy.pac。http、https、file のいずれか)。</translation>
    </message>
    <message>
        <source>&amp;PAC script:</source>
        <translation>PAC スクリプト(&amp;P):</translation>
    </message>
    <message>
        <source>http://proxy.example.com/proxy.pac</source>
        <translation>http://proxy.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Only if the proxy asks for a sign-in. For a Windows domain: DOMAIN\user.</source>
        <translation>プロキシがサインインを要求する場合のみ入力します。Windows ドメインの場合: DOMAIN\user。</translation>
    </message>
    <message>
        <source>Used for this run only; never saved or shown in a report.</source>
        <translation>この実行でのみ使用します。保存されることも、レポートに表示されることもありません。</translation>
    </message>
    <message>
        <source>PAC script address</source>
        <translation>PAC スクリプトのアドレス</translation>
    </message>
    <message>
        <source>The proxy auto-config script a browser here uses. CloudCheck runs it itself; the Cloud Connector cannot use one.</source>
        <translation>このマシンのブラウザーが使用するプロキシ自動構成スクリプトです。CloudCheck は自身でスクリプトを実行します。Cloud Connector は PAC スクリプトを使用できません。</translation>
    </message>
    <message>
        <source>For addresses that fail, also try the &amp;other path (direct or proxy)</source>
        <translation>失敗したアドレスは別の経路 (直接接続またはプロキシ) でも試す(&amp;O)</translation>
    </message>
    <message>
        <source>Extended check: hold one proxy &amp;tunnel open for</source>
        <translation>拡張チェック: プロキシ トンネルを 1 つ開いたまま保持する時間(&amp;T)</translation>
    </message>
    <message>
        <source>Seconds to hold the proxy tunnel open</source>
        <translation>プロキシ トンネルを保持する秒数</translation>
    </message>
</context>
<context>
    <name>cloudcheck::ProbeRunner</name>
    <message>
        <source>no address in this run goes through a proxy</source>
        <translation>この実行ではプロキシを経由するアドレスがありません</translation>
    </message>
</context>
<context>
    <name>cloudcheck::ResultsModel</name>
    <message>
        <source>Service, address and step</source>
        <translation>サービス、アドレス、ステップ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <source>%1 of %2 addresses checked</source>
        <translation>%2 件中 %1 件のアドレスを確認済み</translation>
    </message>
    <message>
        <source>%1 (HTTP)</source>
        <translation>%1 (HTTP)</translation>
    </message>
    <message>
        <source>%1 (UDP)</source>
        <translation>%1 (UDP)</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>%1 not checked</source>
        <translation>未確認 %1</translation>
    </message>
</context>
<context>
    <name>cloudcheck::RunPage</name>
    <message>
        <source>This run was not started: these hosts are not pinned to a test server: %1</source>
        <translation>この実行は開始されませんでした。次のホストがテスト サーバーに固定されていません: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備ができました。</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>Finished. Select a row to see what was found and what to do.</source>
        <translation>完了しました。行を選択すると、検出された内容と対処方法が表示されます。</translation>
    </message>
    <message>
        <source>Cancelled. The results are partial: addresses that were not finished are marked &quot;Not checked&quot;.</source>
        <translation>キャンセルしました。結果は一部のみです。完了しなかったアドレスは「未確認」と表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2 addresses</source>
        <translation>アドレス %1 / %2</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>成功: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未確認: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>残り: %1</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>経過時間: %1</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Each address is checked step by step. Problems are explained as they are found.</source>
        <translation>各アドレスを 1 ステップずつ確認します。問題が見つかると、その時点で説明が表示されます。</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>問題のみ表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Re-run &amp;failed</source>
        <translation>失敗分を再実行(&amp;F)</translation>
    </message>
    <message>
        <source>Check again only the addresses that failed or warned</source>
        <translation>失敗または警告となったアドレスのみを再確認します</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Services, their addresses and each address&apos;s checks</source>
        <translation>サービス、サービスのアドレス、各アドレスのチェック</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>選択した行の詳細</translation>
    </message>
    <message>
        <source>Checking %1 addresses...</source>
        <translation>%1 件のアドレスを確認しています...</translation>
    </message>
    <message>
        <source>Holding a proxy tunnel open: %1 s left.</source>
        <translation>プロキシ トンネルを保持しています: 残り %1 秒。</translation>
    </message>
</context>
<context>
    <name>cloudcheck::ServiceCard</name>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
</context>
<context>
    <name>cloudcheck::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Choose the Citrix Cloud Japan services this machine uses.</source>
        <translation>このマシンで使用する Citrix Cloud Japan のサービスを選択してください。</translation>
    </message>
    <message>
        <source>Each service needs its own set of addresses. Check the ones in use here.</source>
        <translation>サービスごとに必要なアドレスが異なります。このマシンで使用しているサービスをオンにしてください。</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Always checked: %1. Every service signs in and calls the Citrix Cloud APIs through the common addresses, and the Cloud Connector validates the service certificates through DigiCert&apos;s revocation and certificate servers, so no service works without them.</source>
        <translation>常に確認される項目: %1。すべてのサービスは共通アドレスを通じてサインインし、Citrix Cloud API を呼び出します。また、Cloud Connector は DigiCert の失効確認サーバーと証明書サーバーを使用してサービスの証明書を検証します。このため、これらに到達できないと、どのサービスも動作しません。</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID (optional):</source>
        <translation>顧客 ID (省略可)(&amp;U):</translation>
    </message>
    <message>
        <source>for example a1b2c3d4e5f6</source>
        <translation>例: a1b2c3d4e5f6</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Some addresses contain your Customer ID (Citrix Cloud console, Account Settings). Without it they are listed as not checked, with the reason.</source>
        <translation>一部のアドレスには顧客 ID が含まれます (Citrix Cloud コンソールの [アカウント設定] で確認できます)。顧客 ID を指定しない場合、これらのアドレスは理由とともに「未確認」として表示されます。</translation>
    </message>
</context>
<context>
    <name>cloudcheck::SummaryPage</name>
    <message>
        <source>No results yet</source>
        <translation>まだ結果がありません</translation>
    </message>
    <message>
        <source>Passed: %1    Warnings: %2    Failed: %3    Errors: %4    Not checked: %5</source>
        <translation>成功: %1    警告: %2    失敗: %3    エラー: %4    未確認: %5</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>エクスポートする結果がまだありません。</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート エラー</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>レポートを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Export JSON report</source>
        <translation>JSON レポートのエクスポート</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Log folder: %1</source>
        <translation>ログ フォルダー: %1</translation>
    </message>
    <message>
        <source>Could not open the log folder %1</source>
        <translation>ログ フォルダー %1 を開けませんでした</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The verdict, each service&apos;s results, and what to fix first.</source>
        <translation>総合判定、サービスごとの結果、優先して対処すべき問題。</translation>
    </message>
    <message>
        <source>Results by &amp;service:</source>
        <translation>サービス別の結果(&amp;S):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Results by service</source>
        <translation>サービス別の結果</translation>
    </message>
    <message>
        <source>&amp;Top problems and how to fix them:</source>
        <translation>主な問題と対処方法(&amp;T):</translation>
    </message>
    <message>
        <source>Top problems and how to fix them</source>
        <translation>主な問題と対処方法</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>JSON をエクスポート(&amp;J)...</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>HTML をエクスポート(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation>テキスト形式の概要をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログ フォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>総合判定</translation>
    </message>
    <message>
        <source>Nothing to check on this kind of machine for: %1</source>
        <translation>この種類のマシンでは、次のサービスに確認対象がありません: %1</translation>
    </message>
    <message>
        <source>One address was not checked; the results say why.</source>
        <translation>1 件のアドレスが未確認です。理由は結果に表示されています。</translation>
    </message>
    <message>
        <source>%1 addresses were not checked; the results say why.</source>
        <translation>%1 件のアドレスが未確認です。理由は結果に表示されています。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <comment>addresses</comment>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>対象アドレス:</translation>
    </message>
    <message>
        <source>One address did not pass and is not explained above; the results and the log say what happened.</source>
        <translation>1 件のアドレスが成功しませんでしたが、その原因は上記に記載されていません。何が起きたかは結果とログで確認できます。</translation>
    </message>
    <message>
        <source>%1 addresses did not pass and are not explained above; the results and the log say what happened.</source>
        <translation>%1 件のアドレスが成功しませんでしたが、その原因は上記に記載されていません。何が起きたかは結果とログで確認できます。</translation>
    </message>
    <message>
        <source>usually owned by %1</source>
        <translation>通常の担当: %1</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>HTML レポートのエクスポート</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>One file for the network team: opens in any browser and prints on A4</source>
        <translation>ネットワーク チーム向けの 1 つのファイルです。任意のブラウザーで開き、A4 で印刷できます</translation>
    </message>
    <message>
        <source>&amp;Mask customer details</source>
        <translation>顧客の情報をマスク(&amp;M)</translation>
    </message>
    <message>
        <source>For sharing outside the customer: the exported report masks the Customer ID, this machine&apos;s name, internal proxy hosts and the proxy user name.</source>
        <translation>顧客の外部と共有するためのオプションです。エクスポートするレポートで、顧客 ID、このマシンの名前、社内のプロキシ ホスト、プロキシのユーザー名をマスクします。</translation>
    </message>
    <message>
        <source>Compare with Citrix&apos;s &amp;allowlist...</source>
        <translation>Citrix の許可リストと比較(&amp;A)...</translation>
    </message>
    <message>
        <source>Ask Citrix&apos;s Connectivity AllowList API (Japan) along this run&apos;s route, and list what differs from the addresses CloudCheck checks. Needs the Customer ID.</source>
        <translation>この実行の経路で Citrix の Connectivity AllowList API (日本) に問い合わせ、CloudCheck が確認するアドレスとの相違を一覧にします。顧客 ID が必要です。</translation>
    </message>
</context>
<context>
    <name>cloudcheck::TunnelHold</name>
    <message>
        <source>the proxy did not open the tunnel within %1 ms</source>
        <translation>プロキシが %1 ms 以内にトンネルを開きませんでした</translation>
    </message>
    <message>
        <source>the proxy answered &quot;%1&quot;</source>
        <translation>プロキシの応答: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the proxy closed the connection before the tunnel opened</source>
        <translation>トンネルが開く前にプロキシが接続を閉じました</translation>
    </message>
</context>
<context>
    <name>cloudcheck::WelcomePage</name>
    <message>
        <source>Check this machine&apos;s connection to Citrix Cloud Japan</source>
        <translation>このマシンから Citrix Cloud Japan への接続を確認</translation>
    </message>
    <message>
        <source>CloudCheck tests every address the chosen Citrix Cloud Japan services need, explains what fails, and says what to change.</source>
        <translation>CloudCheck は、選択した Citrix Cloud Japan のサービスに必要なすべてのアドレスをテストし、失敗の内容と変更すべき設定を示します。</translation>
    </message>
    <message>
        <source>For each address, CloudCheck looks up the name, connects, checks the TLS handshake and the certificate (to spot SSL inspection), and sends one HTTP request. It measures how long each step takes and compares this machine&apos;s clock with the servers&apos;.</source>
        <translation>CloudCheck はアドレスごとに、名前解決、接続、TLS ハンドシェイクと証明書の確認 (SSL インターセプションの検出のため) を行い、HTTP 要求を 1 つ送信します。また、各ステップの所要時間を測定し、このマシンのシステム時刻をサーバーの時刻と比較します。</translation>
    </message>
    <message>
        <source>What it will not do: it sends nothing but these connection tests. No data leaves this machine, no settings are changed, and no credentials are sent. Results stay here until you export or copy them.</source>
        <translation>行わないこと: 送信するのはこれらの接続テストのみです。このマシンのデータが外部に送信されることはなく、設定も変更されず、資格情報も送信されません。結果は、エクスポートまたはコピーするまでこのマシンの外に出ることはありません。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Cloud Connector host</source>
        <translation>Cloud Connector マシン(&amp;C)</translation>
    </message>
    <message>
        <source>Checks the addresses the Cloud Connector service needs, the way it reaches them (no proxy authentication, no PAC files).</source>
        <translation>Cloud Connector サービスに必要なアドレスを、Cloud Connector と同じ方法 (プロキシ認証なし、PAC ファイルなし) で確認します。</translation>
    </message>
    <message>
        <source>&amp;Admin workstation</source>
        <translation>管理者用端末(&amp;A)</translation>
    </message>
    <message>
        <source>Checks the addresses an administrator&apos;s browser needs for the Citrix Cloud consoles and Workspace.</source>
        <translation>管理者のブラウザーが Citrix Cloud コンソールと Workspace を使用するために必要なアドレスを確認します。</translation>
    </message>
    <message>
        <source>Which kind of machine is this?</source>
        <translation>このマシンの種類を選んでください</translation>
    </message>
    <message>
        <source>&amp;Session host (VDA)</source>
        <translation>セッション ホスト (VDA)(&amp;S)</translation>
    </message>
    <message>
        <source>Checks what a virtual desktop or app server needs itself: the Gateway service with Rendezvous and EDT (UDP), and the WEM service.</source>
        <translation>仮想デスクトップやアプリ サーバー自身が必要とするアドレスを確認します: Rendezvous と EDT (UDP) を使う Gateway サービス、および WEM サービス。</translation>
    </message>
    <message>
        <source>Address catalog: %1, version %2, sources read on %3.</source>
        <translation>アドレス カタログ: %1、バージョン %2、出典の確認日 %3。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Checks this machine&apos;s connection to Citrix Cloud Japan.</source>
        <translation>このマシンから Citrix Cloud Japan への接続を確認します。</translation>
    </message>
    <message>
        <source>Use this endpoint catalog instead of the built-in one.</source>
        <translation>組み込みのカタログの代わりに、このエンドポイント カタログを使用します。</translation>
    </message>
    <message>
        <source>The endpoint catalog was refused:

%1</source>
        <translation>エンドポイント カタログを読み込めませんでした:

%1</translation>
    </message>
</context>
</TS>
