<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivatingPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>アクティベーション実行中</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hange what I entered</source>
        <translation>入力内容を変更(&amp;H)</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>接続を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Activate &amp;without internet…</source>
        <translation>オフラインでアクティベート(&amp;W)…</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>接続確認の結果</translation>
    </message>
    <message>
        <source>Release a device in the customer portal</source>
        <translation>カスタマーポータルでデバイスを解除する</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>キーを変更(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;hange the sign-in</source>
        <translation>サインイン情報を変更(&amp;H)</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>再度サインイン(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange the details</source>
        <translation>入力情報を変更(&amp;H)</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>アクティベート中</translation>
    </message>
    <message>
        <source>Your license is being confirmed with the license server.</source>
        <translation>ライセンスサーバーでライセンスを確認しています。</translation>
    </message>
    <message>
        <source>Contacting the license server…</source>
        <translation>ライセンスサーバーに接続しています…</translation>
    </message>
    <message>
        <source>Activated.</source>
        <translation>アクティベートしました。</translation>
    </message>
    <message>
        <source>Activation cancelled</source>
        <translation>アクティベーションをキャンセルしました</translation>
    </message>
    <message>
        <source>Activation did not succeed</source>
        <translation>アクティベーションに失敗しました</translation>
    </message>
    <message>
        <source>Nothing was sent to the license server; no seat was used.</source>
        <translation>ライセンスサーバーには何も送信されていません。台数枠は使用されていません。</translation>
    </message>
    <message>
        <source>Nothing was changed on this device.</source>
        <translation>このデバイスでは何も変更されていません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Saving on this computer</source>
        <translation>このコンピューターへの保存</translation>
    </message>
    <message>
        <source>Finding the license server</source>
        <translation>ライセンスサーバーの検索</translation>
    </message>
    <message>
        <source>Reaching the license server</source>
        <translation>ライセンスサーバーへの接続</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>安全な接続</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>このコンピューターの時計</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>ActivationWizard</name>
    <message>
        <source>{name} activation</source>
        <translation>{name}のアクティベーション</translation>
    </message>
    <message>
        <source>Stop the activation?</source>
        <translation>アクティベーションを中止しますか？</translation>
    </message>
    <message>
        <source>The license server is confirming your license right now. If you close the window, the activation is cancelled; whatever the server already did is undone the next time the wizard starts, so no seat is lost.</source>
        <translation>ライセンスサーバーが現在ライセンスを確認しています。ウィンドウを閉じるとアクティベーションはキャンセルされます。サーバー側ですでに処理された内容は次回ウィザードの起動時に取り消されるため、台数枠が失われることはありません。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>中止して閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep activating</source>
        <translation>アクティベーションを続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>AirGapPage</name>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>Initialization code</source>
        <translation>初期化コード</translation>
    </message>
    <message>
        <source>Choose &amp;policy file…</source>
        <translation>ポリシーファイルを選択(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>ライセンスキー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Initialization code:</source>
        <translation>初期化コード(&amp;I):</translation>
    </message>
    <message>
        <source>Policy file:</source>
        <translation>ポリシーファイル:</translation>
    </message>
    <message>
        <source>1. &amp;Show the code to read out</source>
        <translation>1. 読み上げるコードを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>確認コード</translation>
    </message>
    <message>
        <source>the confirmation code the portal gives</source>
        <translation>ポータルが表示する確認コード</translation>
    </message>
    <message>
        <source>2. &amp;Activate</source>
        <translation>2. アクティベート(&amp;A)</translation>
    </message>
    <message>
        <source>Deactivate with codes read out</source>
        <translation>読み上げるコードで非アクティブ化</translation>
    </message>
    <message>
        <source>Activate with codes read out</source>
        <translation>読み上げるコードでアクティベート</translation>
    </message>
    <message>
        <source>For a computer with no network and no way to carry a file.</source>
        <translation>ネットワークがなく、ファイルも持ち込めないコンピューター向けです。</translation>
    </message>
    <message>
        <source>Open the vendor&apos;s portal on another device, enter this license key there, and type the initialization code it shows.</source>
        <translation>別のデバイスでベンダーのポータルを開き、このライセンスキーを入力して、表示される初期化コードをここに入力してください。</translation>
    </message>
    <message>
        <source>the file that came with the program</source>
        <translation>プログラムに付属のファイル</translation>
    </message>
    <message>
        <source>&amp;Show the deactivation code</source>
        <translation>非アクティブ化コードを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>ポリシーファイル</translation>
    </message>
    <message>
        <source>Policy file (*.lic);;All files (*)</source>
        <translation>ポリシーファイル (*.lic);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Hardware ID: {hardware_id}
Code: {code}</source>
        <translation>ハードウェア ID: {hardware_id}
コード: {code}</translation>
    </message>
    <message>
        <source>The activation was removed from this computer. Read the hardware ID and this code to the portal: it frees the seat.</source>
        <translation>このコンピューターからアクティベーションを削除しました。ハードウェア ID とこのコードをポータルに伝えると、席が解放されます。</translation>
    </message>
    <message>
        <source>Read the hardware ID and the code to the portal, then type the confirmation code it gives below.</source>
        <translation>ハードウェア ID とコードをポータルに伝え、表示される確認コードを下に入力してください。</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sign in with your account</source>
        <translation>アカウントでサインイン</translation>
    </message>
    <message>
        <source>Use the e-mail address and password of your {name} account.</source>
        <translation>{name}アカウントのメールアドレスとパスワードを使用してください。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>パスワードを表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Your password is sent only to the license server, over an encrypted connection. It is never saved on this computer.</source>
        <translation>パスワードは暗号化された接続でライセンスサーバーにのみ送信されます。このコンピューターに保存されることはありません。</translation>
    </message>
    <message>
        <source>Your password is sent only to the license server, a test server on this computer (not encrypted). It is never saved on this computer.</source>
        <translation>パスワードはライセンスサーバー（このコンピューター上のテストサーバー、暗号化なし）にのみ送信されます。このコンピューターに保存されることはありません。</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>パスワードをお忘れですか？</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>メールアドレスの形式ではないようです（name@example.com）。</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>Activating sends your license key and the following facts. Nothing else.</source>
        <translation>アクティベーションでは、ライセンスキーと以下の情報が送信されます。それ以外は送信されません。</translation>
    </message>
    <message>
        <source>Activating sends your account&apos;s e-mail and password and the following facts. Nothing else.</source>
        <translation>アクティベーションでは、アカウントのメールアドレスとパスワード、および以下の情報が送信されます。それ以外は送信されません。</translation>
    </message>
    <message>
        <source>Activating sends the sign-in answer from your organisation and the following facts. Nothing else.</source>
        <translation>アクティベーションでは、組織からのサインイン応答と以下の情報が送信されます。それ以外は送信されません。</translation>
    </message>
    <message>
        <source>Starting the trial sends the following facts (and the e-mail you gave, if any). Nothing else.</source>
        <translation>試用版を開始すると、以下の情報（およびメールアドレスを入力した場合はそのアドレス）が送信されます。それ以外は送信されません。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>アクティベート(&amp;A)</translation>
    </message>
    <message>
        <source>Device data as sent</source>
        <translation>送信されるデバイスデータ</translation>
    </message>
    <message>
        <source>Show as &amp;JSON</source>
        <translation>JSONで表示(&amp;J)</translation>
    </message>
    <message>
        <source>Collecting this device&apos;s facts…</source>
        <translation>このデバイスの情報を収集しています…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>This device looks like a virtual machine or container ({name}), and {product} licenses may not be used in one. Activation will probably be refused: activate on a physical computer instead.</source>
        <translation>このデバイスは仮想マシンまたはコンテナー（{name}）のようです。{product}のライセンスは仮想環境では使用できないため、アクティベーションはおそらく拒否されます。代わりに物理コンピューターでアクティベートしてください。</translation>
    </message>
    <message>
        <source>Show as &amp;list</source>
        <translation>一覧で表示(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Activated</source>
        <translation>アクティベート完了</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>保存を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save activation to a file…</source>
        <translation>アクティベーションをファイルに保存(&amp;S)…</translation>
    </message>
    <message>
        <source>{name} is activated on this device.</source>
        <translation>{name}はこのデバイスでアクティベートされました。</translation>
    </message>
    <message>
        <source>This device was already activated on this license; no extra seat was used.</source>
        <translation>このデバイスはすでにこのライセンスでアクティベートされていたため、台数枠は追加で使用されていません。</translation>
    </message>
    <message>
        <source>Your trial account is {email}, with the password {password}. Note it down, or choose your own below: you sign in with it on another computer, or to start this trial here again.</source>
        <translation>試用アカウントは {email}、パスワードは {password} です。控えておくか、下で自分のパスワードを設定してください。別のコンピューターでのサインインや、ここでこの試用版をもう一度始めるときに使います。</translation>
    </message>
    <message>
        <source>Your trial account is {email}, with the password you chose. You sign in with it on another computer, or to start this trial here again.</source>
        <translation>試用アカウントは {email} で、パスワードはあなたが設定したものです。別のコンピューターでのサインインや、ここでこの試用版をもう一度始めるときに使います。</translation>
    </message>
    <message>
        <source>Activated, but not saved on this computer</source>
        <translation>アクティベートしましたが、このコンピューターに保存できませんでした</translation>
    </message>
    <message>
        <source>The license server accepted the activation, but saving it on this computer failed: {what}</source>
        <translation>ライセンスサーバーはアクティベーションを受け付けましたが、このコンピューターへの保存に失敗しました：{what}</translation>
    </message>
    <message>
        <source>{fix} Then press Retry saving, or save it to a file now and import it later. It stays in this window until you close it.</source>
        <translation>{fix}その後「保存を再試行」をクリックするか、今すぐファイルに保存して後でインポートしてください。アクティベーションはこのウィンドウを閉じるまで保持されます。</translation>
    </message>
    <message>
        <source>Press Change password to use the new password, or clear both fields to keep the one you were given.</source>
        <translation>新しいパスワードを使うには「パスワードを変更」を押してください。渡されたパスワードのままにするには、両方の欄を空にしてください。</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>保存せずに閉じますか？</translation>
    </message>
    <message>
        <source>This activation is not saved on this computer; closing forgets it here. Activating this device again later will not use another seat.</source>
        <translation>このアクティベーションはこのコンピューターに保存されていないため、閉じるとここでは失われます。後でこのデバイスを再度アクティベートしても、台数枠が追加で使用されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>保存せずに閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stay and save</source>
        <translation>閉じずに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save activation</source>
        <translation>アクティベーションの保存</translation>
    </message>
    <message>
        <source>Activation recovery file (*.json)</source>
        <translation>アクティベーション復元ファイル (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}. Keep it private: it contains your license key. Import it later with: activation-wizard import {path}</source>
        <translation>{path}に保存しました。ライセンスキーが含まれているため、他人に渡さないでください。後でインポートするには次のコマンドを使用します：activation-wizard import {path}</translation>
    </message>
</context>
<context>
    <name>FloatingActions</name>
    <message>
        <source>&amp;Borrow for offline use…</source>
        <translation>オフライン用に借りる(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;turn the borrowed seat</source>
        <translation>借りた席を返す(&amp;T)</translation>
    </message>
    <message>
        <source>Borrow the seat</source>
        <translation>席を借りる</translation>
    </message>
    <message>
        <source>For how many hours should this computer keep its seat without a connection? At most {most} (until {latest}); the seat is taken from the others meanwhile. You can return it early.</source>
        <translation>このコンピューターが接続なしで席を保持する時間（時間単位）を入力してください。最大 {most} 時間（{latest} まで）です。その間、この席は他のコンピューターでは使えません。早めに返すこともできます。</translation>
    </message>
    <message>
        <source>Borrowing the seat…</source>
        <translation>席を借りています…</translation>
    </message>
    <message>
        <source>Returning the seat…</source>
        <translation>席を返しています…</translation>
    </message>
</context>
<context>
    <name>LicenseKeyPage</name>
    <message>
        <source>Enter your license key</source>
        <translation>ライセンスキーの入力</translation>
    </message>
    <message>
        <source>You find it in your purchase confirmation e-mail.</source>
        <translation>購入確認メールに記載されています。</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>Paste or type the key; spaces and letter case do not matter.</source>
        <translation>キーを貼り付けるか入力してください。スペースや大文字・小文字は区別されません。</translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation>キーをクリア</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>ライセンスキー(&amp;L):</translation>
    </message>
    <message>
        <source>Can&apos;t find your license key?</source>
        <translation>ライセンスキーが見つかりませんか？</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <source>Choose a license</source>
        <translation>ライセンスの選択</translation>
    </message>
    <message>
        <source>Your account has more than one license for this product.</source>
        <translation>お使いのアカウントには、この製品のライセンスが複数あります。</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Licenses of your account</source>
        <translation>アカウントのライセンス</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>再度サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Asking the license server for your account&apos;s licenses.</source>
        <translation>アカウントのライセンスをライセンスサーバーに問い合わせています。</translation>
    </message>
    <message>
        <source>Signing in as {who}…</source>
        <translation>{who}としてサインインしています…</translation>
    </message>
    <message>
        <source>Your account has one license for this product.</source>
        <translation>お使いのアカウントには、この製品のライセンスが1つあります。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>Choose the license this device should use:</source>
        <translation>このデバイスで使用するライセンスを選択してください：</translation>
    </message>
    <message>
        <source>{kind} trial</source>
        <translation>{kind}・試用版</translation>
    </message>
    <message>
        <source>{kind} license #{id}</source>
        <translation>{kind}ライセンス #{id}</translation>
    </message>
    <message>
        <source>expires {when}</source>
        <translation>有効期限：{when}</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>{seats} devices</source>
        <translation>デバイス：{seats}</translation>
    </message>
    <message>
        <source>Cannot be used: {why}</source>
        <translation>使用できません：{why}</translation>
    </message>
    <message>
        <source>Sign-in did not succeed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Nothing was activated; no seat was used.</source>
        <translation>何もアクティベートされておらず、台数枠も使用されていません。</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>詳細をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>エラーの詳細をコピー</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>コード：{code}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>コピーしました ✓</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Activate without internet</source>
        <translation>オフラインでアクティベート</translation>
    </message>
    <message>
        <source>For a computer that never goes online: a request file out, a license file in.</source>
        <translation>インターネットに接続しないコンピューター向け：リクエストファイルを書き出し、ライセンスファイルを読み込みます。</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>パスワードを表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>ライセンスキー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>For an account, the password travels inside the request file (that is how the license server&apos;s offline activation works). Keep the file private and delete it once it is used.</source>
        <translation>アカウントの場合、パスワードはリクエストファイルに含めて送られます（ライセンスサーバーのオフラインアクティベーションの仕組みです）。ファイルは他人に渡さず、使用後は削除してください。</translation>
    </message>
    <message>
        <source>1. &amp;Save request file…</source>
        <translation>1. リクエストファイルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy request to clipboard</source>
        <translation>リクエストをクリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open the offline portal</source>
        <translation>オフラインポータルを開く</translation>
    </message>
    <message>
        <source>2. L&amp;oad license file…</source>
        <translation>2. ライセンスファイルを読み込む(&amp;O)…</translation>
    </message>
    <message>
        <source>License file text</source>
        <translation>ライセンスファイルのテキスト</translation>
    </message>
    <message>
        <source>…or paste the license file&apos;s text here</source>
        <translation>…またはライセンスファイルのテキストをここに貼り付け</translation>
    </message>
    <message>
        <source>&amp;Use pasted text</source>
        <translation>貼り付けたテキストを使用(&amp;U)</translation>
    </message>
    <message>
        <source>No way to carry a file? Use co&amp;des…</source>
        <translation>ファイルを持ち込めない場合はコードを使用(&amp;D)…</translation>
    </message>
    <message>
        <source>A request file for {who} was written before; load the license file it was answered with.</source>
        <translation>{who} のリクエストファイルは以前に作成されています。その応答として受け取ったライセンスファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>Then:
  2. Take the request file{where} to a computer with internet.
  3. Open {portal} there, upload the file and download the license file.
  4. Bring the license file back here and load it below.</source>
        <translation>次の手順:
  2. リクエストファイル{where}を、インターネットに接続できるコンピューターに移します。
  3. そのコンピューターで{portal}を開き、ファイルをアップロードしてライセンスファイルをダウンロードします。
  4. ライセンスファイルをこのコンピューターに戻し、下で読み込みます。</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>リクエストファイルの保存</translation>
    </message>
    <message>
        <source>Request file (*.req)</source>
        <translation>リクエストファイル (*.req)</translation>
    </message>
    <message>
        <source>Request file saved: {path}</source>
        <translation>リクエストファイルを保存しました：{path}</translation>
    </message>
    <message>
        <source>The request was copied; paste it into a file elsewhere.</source>
        <translation>リクエストをコピーしました。別の場所でファイルに貼り付けてください。</translation>
    </message>
    <message>
        <source>Load license file</source>
        <translation>ライセンスファイルの読み込み</translation>
    </message>
    <message>
        <source>License file (*.lic);;All files (*)</source>
        <translation>ライセンスファイル (*.lic);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lockがオンになっています。</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>パスワードを表示(&amp;H)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>新しいパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}文字以上にしてください。</translation>
    </message>
    <message>
        <source>Choose a password different from the one you were given.</source>
        <translation>発行されたパスワードとは異なるパスワードを指定してください。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>パスワードを変更しました。今後は新しいパスワードを使用してください。</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Choose your own password</source>
        <translation>自分のパスワードを設定</translation>
    </message>
    <message>
        <source>Your account still uses the password it was given. Please replace it.</source>
        <translation>お使いのアカウントは、発行されたパスワードのままです。変更してください。</translation>
    </message>
    <message>
        <source>Your account still uses the password it was given. You can replace it now, or press Next to keep it for now.</source>
        <translation>お使いのアカウントは、発行されたパスワードのままです。今すぐ変更するか、「次へ」をクリックして当面そのまま使用できます。</translation>
    </message>
    <message>
        <source>Your account has its own password now. Press Next to go on.</source>
        <translation>アカウントに自分のパスワードが設定されました。「次へ」をクリックして続行してください。</translation>
    </message>
    <message>
        <source>Press Change password to use the new password, or clear both fields to keep the one you were given for now.</source>
        <translation>新しいパスワードを使用するには「パスワードを変更」をクリックしてください。発行されたパスワードを当面使い続ける場合は、両方の欄を空にしてください。</translation>
    </message>
</context>
<context>
    <name>SdkOffer</name>
    <message>
        <source>&amp;Use this activation</source>
        <translation>このアクティベーションを使用(&amp;U)</translation>
    </message>
    <message>
        <source>The license server confirms it; no second seat is used</source>
        <translation>ライセンスサーバーが確認します。2つ目の席は使用されません</translation>
    </message>
    <message>
        <source>{product} is already activated on this computer by the program itself. Use this activation to manage it here; no second seat is used.</source>
        <translation>{product} はこのコンピューターでプログラム自身によって既にアクティベートされています。このアクティベーションを使用するとここで管理できます。2つ目の席は使用されません。</translation>
    </message>
    <message>
        <source>Taking it over; the license server confirms it…</source>
        <translation>引き継いでいます。ライセンスサーバーが確認しています…</translation>
    </message>
</context>
<context>
    <name>SsoPage</name>
    <message>
        <source>Sign in with your organisation</source>
        <translation>組織でサインイン</translation>
    </message>
    <message>
        <source>Your organisation&apos;s sign-in page opens in your web browser.</source>
        <translation>組織のサインインページがWebブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>組織コード(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>ブラウザーでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待機中</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>ページをもう一度開く(&amp;A)</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>リンクをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>ブラウザーに最終的に表示されたアドレス</translation>
    </message>
    <message>
        <source>http://127.0.0.1/…?code=…</source>
        <translation>http://127.0.0.1/…?code=…</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>このアドレスを使用(&amp;U)</translation>
    </message>
    <message>
        <source>If the browser cannot come back to this program (it says the page cannot be reached), copy the whole address from its address bar and paste it here:</source>
        <translation>ブラウザーからこのプログラムに戻れない場合（ページに到達できないと表示される場合）は、アドレスバーのアドレス全体をコピーしてここに貼り付けてください：</translation>
    </message>
    <message>
        <source>Sign in once more to activate the license you chose.</source>
        <translation>選択したライセンスをアクティベートするため、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続行するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Opening your organisation&apos;s sign-in page…</source>
        <translation>組織のサインインページを開いています…</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser (a tab showing your organisation&apos;s sign-in page). This window carries on by itself afterwards.</source>
        <translation>Webブラウザー（組織のサインインページが表示されたタブ）でサインインを完了してください。その後、このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>The browser could not be opened. Press Copy link and open the address in a browser yourself.</source>
        <translation>ブラウザーを開けませんでした。「リンクをコピー」をクリックし、ご自分でブラウザーにアドレスを入力して開いてください。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>The sign-in link was copied.</source>
        <translation>サインインのリンクをコピーしました。</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>{name} is activated</source>
        <translation>{name}はアクティベート済みです</translation>
    </message>
    <message>
        <source>You can check the license with the server, or free this device&apos;s seat.</source>
        <translation>サーバーでライセンスを確認するか、このデバイスの台数枠を解放できます。</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Deactivate this device</source>
        <translation>このデバイスを無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivate &amp;without internet…</source>
        <translation>オフラインで無効化(&amp;W)…</translation>
    </message>
    <message>
        <source>Load &amp;refresh file…</source>
        <translation>更新ファイルを読み込む(&amp;R)…</translation>
    </message>
    <message>
        <source>Use &amp;another license</source>
        <translation>別のライセンスを使用(&amp;A)</translation>
    </message>
    <message>
        <source>{name}: the license cannot be used</source>
        <translation>{name}：ライセンスを使用できません</translation>
    </message>
    <message>
        <source>Renew at {url}</source>
        <translation>更新はこちら: {url}</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>アクティベーション</translation>
    </message>
    <message>
        <source>offline, by file</source>
        <translation>オフライン（ファイル）</translation>
    </message>
    <message>
        <source>offline, by codes</source>
        <translation>オフライン (コード)</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>次回の確認</translation>
    </message>
    <message>
        <source>Uses not sent yet</source>
        <translation>未送信の使用</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Checking with the license server…</source>
        <translation>ライセンスサーバーで確認しています…</translation>
    </message>
    <message>
        <source>The license server confirmed this activation.</source>
        <translation>ライセンスサーバーがこのアクティベーションを確認しました。</translation>
    </message>
    <message>
        <source>Borrowed until {when}: this computer keeps its seat offline.</source>
        <translation>{when} まで借用中です。このコンピューターはオフラインでも席を保持します。</translation>
    </message>
    <message>
        <source>The seat is shared again.</source>
        <translation>席は再び共有されています。</translation>
    </message>
    <message>
        <source>Deactivate this device?</source>
        <translation>このデバイスを無効化しますか？</translation>
    </message>
    <message>
        <source>This frees the seat this device uses, so the license can be activated elsewhere. {name} will stop working here until you activate again.</source>
        <translation>このデバイスが使用している台数枠が解放され、ライセンスを別のデバイスでアクティベートできるようになります。再度アクティベートするまで、このデバイスでは{name}を使用できなくなります。</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep activation</source>
        <translation>アクティベーションを維持(&amp;K)</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>無効化しています…</translation>
    </message>
    <message>
        <source>This device was deactivated and its seat is free again.</source>
        <translation>このデバイスを無効化し、台数枠を解放しました。</translation>
    </message>
    <message>
        <source>The license server answered that it has no such device on this license, but that answer cannot be verified, so whether the seat is free is unknown. If the vendor&apos;s customer portal still counts this device, release it there. The activation was removed here; a copy is kept in {path}.</source>
        <translation>ライセンスサーバーは、このライセンスにこのデバイスは登録されていないと応答しましたが、その応答は検証できないため、台数枠が解放されたかどうかは不明です。販売元のカスタマーポータルでこのデバイスがまだカウントされている場合は、そこで解放してください。アクティベーションはこのコンピューターから削除されました。コピーは {path} に保存されています。</translation>
    </message>
    <message>
        <source>Save deactivation request</source>
        <translation>無効化リクエストの保存</translation>
    </message>
    <message>
        <source>Request file (*.req)</source>
        <translation>リクエストファイル (*.req)</translation>
    </message>
    <message>
        <source>The activation was removed from this computer. Upload {path} to the offline portal ({portal}) from a computer with internet: the seat is freed then.</source>
        <translation>このコンピューターからアクティベーションを削除しました。インターネットに接続できるコンピューターから{path}をオフラインポータル（{portal}）にアップロードすると、台数枠が解放されます。</translation>
    </message>
    <message>
        <source>Writing the deactivation request…</source>
        <translation>無効化リクエストを書き出しています…</translation>
    </message>
    <message>
        <source>Load refresh file</source>
        <translation>更新ファイルの読み込み</translation>
    </message>
    <message>
        <source>License file (*.lic);;All files (*)</source>
        <translation>ライセンスファイル (*.lic);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The refresh file was loaded; the details are updated.</source>
        <translation>更新ファイルを読み込み、詳細を更新しました。</translation>
    </message>
    <message>
        <source>Loading the refresh file…</source>
        <translation>更新ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Use another license?</source>
        <translation>別のライセンスを使用しますか？</translation>
    </message>
    <message>
        <source>{name} is activated here with {current}. To use another license, this one is deactivated first: its seat is freed and can be used elsewhere.</source>
        <translation>{name}はこのデバイスで{current}によりアクティベートされています。別のライセンスを使用するには、まずこのライセンスを無効化します。台数枠は解放され、別のデバイスで使用できるようになります。</translation>
    </message>
    <message>
        <source>&amp;Deactivate and continue</source>
        <translation>無効化して続行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep this license</source>
        <translation>このライセンスを維持(&amp;K)</translation>
    </message>
    <message>
        <source>The previous license was deactivated here and its seat is free. Choose how to activate the new one.</source>
        <translation>以前のライセンスをこのデバイスで無効化し、台数枠を解放しました。新しいライセンスのアクティベーション方法を選択してください。</translation>
    </message>
    <message>
        <source>The license server cannot be reached</source>
        <translation>ライセンスサーバーに接続できません</translation>
    </message>
    <message>
        <source>{what} The current license cannot be deactivated now. You can keep it, or go on: its seat then stays counted until it is released in the vendor&apos;s customer portal (a copy of it is kept on this computer).</source>
        <translation>{what}現在のライセンスは今は無効化できません。このライセンスを維持するか、そのまま続行できます。続行した場合、販売元のカスタマーポータルで解除するまで台数枠は使用中のままとなります（ライセンスのコピーはこのコンピューターに保持されます）。</translation>
    </message>
    <message>
        <source>&amp;Go on without freeing it</source>
        <translation>解放せずに続行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keep the current license</source>
        <translation>現在のライセンスを維持(&amp;K)</translation>
    </message>
    <message>
        <source>The previous license is no longer used here, but its seat is still counted: release it in the vendor&apos;s customer portal.</source>
        <translation>以前のライセンスはこのデバイスでは使用されなくなりましたが、台数枠はまだ使用中です。販売元のカスタマーポータルで解除してください。</translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>Start a free trial</source>
        <translation>無料試用版を開始</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>a free {days}-day trial</source>
        <translation>{days}日間の無料試用版</translation>
    </message>
    <message>
        <source>a free trial</source>
        <translation>無料試用版</translation>
    </message>
    <message>
        <source>Try {name} before you buy it.</source>
        <translation>ご購入前に{name}をお試しください。</translation>
    </message>
    <message>
        <source>This starts {length} of {name} on this device, with an account for your e-mail address (its password is shown when the trial starts). Asking again gives you the same trial: then you sign in with that password.</source>
        <translation>このデバイスで {name} の{length}を開始し、お使いのメールアドレスのアカウントを作成します（パスワードは試用版の開始時に表示されます）。もう一度申し込むと同じ試用版になり、そのパスワードでサインインします。</translation>
    </message>
    <message>
        <source>This starts {length} of {name} on this device. Nothing else is needed; asking again on this device gives you the same trial.</source>
        <translation>このデバイスで{name}の{length}を開始します。ほかに必要なものはありません。このデバイスで再度申し込んでも、同じ試用版になります。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Activate {name}</source>
        <translation>{name}をアクティベート</translation>
    </message>
    <message>
        <source>This takes a minute. No internet here? Choose Activate without internet.</source>
        <translation>1分ほどで完了します。インターネットに接続できない場合は、「オフラインでアクティベート」を選択してください。</translation>
    </message>
    <message>
        <source>This takes a minute and needs an internet connection.</source>
        <translation>1分ほどで完了します。インターネット接続が必要です。</translation>
    </message>
    <message>
        <source>I have a license &amp;key</source>
        <translation>ライセンスキーを持っている(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Sign in with my account</source>
        <translation>アカウントでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with my &amp;organisation</source>
        <translation>組織でサインイン(&amp;O)</translation>
    </message>
    <message>
        <source>Start a free &amp;trial</source>
        <translation>無料試用版を開始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import a saved activation…</source>
        <translation>保存したアクティベーションをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>A file saved when an activation could not be stored on this computer</source>
        <translation>アクティベーションをこのコンピューターに保存できなかったときに書き出したファイル</translation>
    </message>
    <message>
        <source>Activate &amp;without internet…</source>
        <translation>オフラインでアクティベート(&amp;W)…</translation>
    </message>
    <message>
        <source>For a computer that cannot go online: activate with files</source>
        <translation>インターネットに接続できないコンピューター向け：ファイルでアクティベート</translation>
    </message>
    <message>
        <source>Cancel this &amp;request</source>
        <translation>このリクエストをキャンセル(&amp;R)</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Read this computer&apos;s activation again</source>
        <translation>このコンピューターのアクティベーションを再度読み込む</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <source>Looking for an activation on this computer… Your system may ask for the password of its keyring, where the activation is kept.</source>
        <translation>このコンピューターのアクティベーションを探しています… アクティベーションを保管しているキーリングのパスワードを、システムが求める場合があります。</translation>
    </message>
    <message>
        <source>Checking what this product offers…</source>
        <translation>この製品で利用できる方法を確認しています…</translation>
    </message>
    <message>
        <source>Continue activation &amp;without internet…</source>
        <translation>オフラインアクティベーションを続行(&amp;W)…</translation>
    </message>
    <message>
        <source>An offline request for {who} is waiting for its license file.</source>
        <translation>{who}のオフラインリクエストがライセンスファイルを待っています。</translation>
    </message>
    <message>
        <source>Cancel the offline request?</source>
        <translation>オフラインリクエストをキャンセルしますか？</translation>
    </message>
    <message>
        <source>If the request file was already uploaded to the offline portal, its license file still works here (its seat is in use); or free that seat with a deactivation file (Activate without internet, then the status page).</source>
        <translation>リクエストファイルをすでにオフラインポータルにアップロードした場合でも、発行されたライセンスファイルはここで使用できます（その台数枠は使用中です）。または、無効化ファイルでその台数枠を解放してください（「オフラインでアクティベート」の後、状態ページで行います）。</translation>
    </message>
    <message>
        <source>Cancel the &amp;request</source>
        <translation>リクエストをキャンセル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>待機を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The offline request was cancelled.</source>
        <translation>オフラインリクエストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Before anything is sent, the next pages show you exactly what this device tells the license server.</source>
        <translation>何かを送信する前に、次のページでこのデバイスがライセンスサーバーに伝える内容をすべてお見せします。</translation>
    </message>
    <message>
        <source>the license key from your purchase confirmation e-mail</source>
        <translation>購入確認メールに記載のライセンスキー</translation>
    </message>
    <message>
        <source>the e-mail address and password of your account</source>
        <translation>アカウントのメールアドレスとパスワード</translation>
    </message>
    <message>
        <source>your organisation&apos;s sign-in in the web browser</source>
        <translation>Webブラウザーでの組織のサインイン</translation>
    </message>
    <message>
        <source>just your e-mail address for a free trial</source>
        <translation>無料試用版の場合はメールアドレスのみ</translation>
    </message>
    <message>
        <source>nothing at all for a free trial</source>
        <translation>無料試用版の場合は何も不要</translation>
    </message>
    <message>
        <source> or </source>
        <translation>、または</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You will need {needs}. Before anything is sent, the next pages show you exactly what this device tells the license server.</source>
        <translation>必要なもの：{needs}。情報を送信する前に、このデバイスがライセンスサーバーに伝える内容を次のページで正確に確認できます。</translation>
    </message>
    <message>
        <source>Import activation</source>
        <translation>アクティベーションのインポート</translation>
    </message>
    <message>
        <source>Activation recovery file (*.json)</source>
        <translation>アクティベーション復元ファイル (*.json)</translation>
    </message>
    <message>
        <source>Importing; the license server confirms it…</source>
        <translation>インポートしています。ライセンスサーバーで確認しています…</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>use at least {n} characters</source>
        <translation>{n} 文字以上にしてください</translation>
    </message>
    <message>
        <source>choose a password different from the current one</source>
        <translation>現在とは異なるパスワードを選んでください</translation>
    </message>
    <message>
        <source>it contains control characters (a tab, a line break)</source>
        <translation>制御文字（タブ、改行）が含まれています</translation>
    </message>
    <message>
        <source>it is longer than {n} characters</source>
        <translation>{n} 文字を超えています</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed on this device.
Please send the details below, or the log {log}, to support.</source>
        <translation>問題が発生しました。このデバイスでは何も変更されていません。
以下の詳細、またはログ{log}をサポートに送信してください。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョン番号を表示して終了する</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>error: {title}</source>
        <translation>エラー: {title}</translation>
    </message>
    <message>
        <source>server code: {code}</source>
        <translation>サーバーコード: {code}</translation>
    </message>
    <message>
        <source>another window or command is activating or deactivating this product on this computer; waiting for it to finish (Ctrl+C stops waiting).</source>
        <translation>別のウィンドウまたはコマンドがこのコンピューターでこの製品をアクティベートまたはディアクティベートしています。終わるまで待ちます (Ctrl+C で待機をやめます)。</translation>
    </message>
    <message>
        <source>note: an interrupted activation could not be settled yet ({title}); it is tried again next time.</source>
        <translation>注意: 中断されたアクティベーションをまだ確定できませんでした（{title}）。次回もう一度試みます。</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>注意: {text}</translation>
    </message>
    <message>
        <source>there is no translation for {language}; the texts stay in English (dates and numbers follow {language}). Shipped: {shipped}.</source>
        <translation>{language} の翻訳はありません。テキストは英語のままです（日付と数値は {language} の形式になります）。同梱されている言語：{shipped}。</translation>
    </message>
    <message>
        <source>{name} is not a setting of this program; it is ignored.</source>
        <translation>{name} はこのプログラムの設定ではありません。無視されます。</translation>
    </message>
    <message>
        <source>{name} is not a setting of this program (did you mean {closest}?); it is ignored.</source>
        <translation>{name} はこのプログラムの設定ではありません（{closest} のことですか？）。無視されます。</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>有効な UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} はメールアドレスではありません</translation>
    </message>
    <message>
        <source>the {what} is not valid UTF-8 text</source>
        <translation>{what}: 有効な UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>no terminal to ask for it on: give it with --password-stdin</source>
        <translation>入力を求める端末がありません: --password-stdin で渡してください</translation>
    </message>
    <message>
        <source>none was typed</source>
        <translation>何も入力されませんでした</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>{email} のパスワード: </translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>must be a license number from &apos;licenses&apos;</source>
        <translation>「licenses」に表示されるライセンス番号を指定してください</translation>
    </message>
    <message>
        <source>goes with --username or --sso, not a license key</source>
        <translation>--username または --sso と一緒に使います（ライセンスキーとは使えません）</translation>
    </message>
    <message>
        <source>name the organisation code (or set sso.customer_account_code)</source>
        <translation>組織コードを指定してください（または sso.customer_account_code を設定）</translation>
    </message>
    <message>
        <source>Sign in with your organisation in a web browser:
  {url}</source>
        <translation>Web ブラウザーで組織のアカウントにサインインしてください:
  {url}</translation>
    </message>
    <message>
        <source>Waiting for the browser. If it cannot come back here, paste the address it ended on and press Enter.</source>
        <translation>ブラウザーを待っています。ここに戻れない場合は、最後に表示されたアドレスを貼り付けて Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Paste it again, or finish signing in in the browser.</source>
        <translation>もう一度貼り付けるか、ブラウザーでサインインを完了してください。</translation>
    </message>
    <message>
        <source>The cancelled activation is checked with the server the next time.</source>
        <translation>キャンセルしたアクティベーションは、次回サーバーで確認されます。</translation>
    </message>
    <message>
        <source>takes its path itself, not a file</source>
        <translation>ファイルではなく、自身のパスを取ります</translation>
    </message>
    <message>
        <source>name a recovery file, or use --sdk-file</source>
        <translation>復元ファイルを指定するか、--sdk-file を使用してください</translation>
    </message>
    <message>
        <source>Saved to {path}. It holds the license key: keep it private.</source>
        <translation>{path} に保存しました。ライセンスキーが含まれているため、他人に渡さないでください。</translation>
    </message>
    <message>
        <source>Your trial account&apos;s password: {password} (note it down, or change it with: activation-wizard change-password --username {email}).</source>
        <translation>試用版アカウントのパスワード：{password}（メモしておくか、activation-wizard change-password --username {email} で変更してください）。</translation>
    </message>
    <message>
        <source>error: the server accepted the activation, but saving it failed: {what}</source>
        <translation>エラー：サーバーはアクティベーションを受け付けましたが、保存に失敗しました：{what}</translation>
    </message>
    <message>
        <source>It could not be written to a file either; run the same command again once the problem is fixed: it will not use another seat.</source>
        <translation>ファイルにも書き込めませんでした。問題を解決したら同じコマンドをもう一度実行してください。台数枠が追加で使用されることはありません。</translation>
    </message>
    <message>
        <source>It was saved to {file} (keep it private: it holds your license key).
{todo}
Then run: activation-wizard import {file}</source>
        <translation>{file} に保存しました（ライセンスキーが含まれているため、他人と共有しないでください）。
{todo}
その後、次を実行してください：activation-wizard import {file}</translation>
    </message>
    <message>
        <source>This account has no licenses of this product.</source>
        <translation>このアカウントには、この製品のライセンスがありません。</translation>
    </message>
    <message>
        <source>  (cannot be used: {why})</source>
        <translation>  （使用できません: {why}）</translation>
    </message>
    <message>
        <source>, devices: {seats}</source>
        <translation>、デバイス: {seats}</translation>
    </message>
    <message>
        <source>{id}: {kind}, expires: {when}</source>
        <translation>{id}: {kind}、有効期限: {when}</translation>
    </message>
    <message>
        <source>Current password for {email}: </source>
        <translation>{email} の現在のパスワード: </translation>
    </message>
    <message>
        <source>current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新しいパスワード: </translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>新しいパスワード（確認）: </translation>
    </message>
    <message>
        <source>Not confirmed by the server: it answered that it has no such device on {who}. That answer is not signed, so whether the seat is free is unknown: if the vendor&apos;s customer portal still counts this device, release it there.
The activation was removed here; a copy is kept in {path} (activation-wizard import FILE brings it back).</source>
        <translation>サーバーによる確認はありません。サーバーは {who} にこのデバイスは登録されていないと応答しましたが、その応答は署名されていないため、台数枠が解放されたかどうかは不明です。販売元のカスタマーポータルでこのデバイスがまだカウントされている場合は、そこで解放してください。
アクティベーションはこのコンピューターから削除されました。コピーは {path} に保存されています（activation-wizard import ファイル で元に戻せます）。</translation>
    </message>
    <message>
        <source>the sandbox is not part of this build</source>
        <translation>このビルドにはサンドボックスが含まれていません</translation>
    </message>
    <message>
        <source>this build does not take it (QA builds do: bundle --qa)</source>
        <translation>このビルドでは使えません（QA ビルドでは使えます: bundle --qa）</translation>
    </message>
    <message>
        <source>not a sandbox line (the JSON object `activation-wizard sandbox` prints)</source>
        <translation>サンドボックスの行ではありません（`activation-wizard sandbox` が出力する JSON オブジェクト）</translation>
    </message>
    <message>
        <source>, features: {features}</source>
        <translation>、機能: {features}</translation>
    </message>
    <message>
        <source>note: the previous license {who} is no longer used here, but its seat is still counted: release it in the vendor&apos;s customer portal. A copy is kept in {path}.</source>
        <translation>注意: 以前のライセンス {who} はここでは使われなくなりましたが、そのシートはまだ数えられています。ベンダーのカスタマーポータルで解放してください。コピーは {path} に保存されています。</translation>
    </message>
    <message>
        <source>Activate one with: activation-wizard activate --username EMAIL --license-id N</source>
        <translation>アクティベートするには: activation-wizard activate --username メールアドレス --license-id 番号</translation>
    </message>
    <message>
        <source>a trial of this product is tied to an e-mail address</source>
        <translation>この製品の試用版はメールアドレスに結び付けられています</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>2 回の入力が一致しません</translation>
    </message>
    <message>
        <source>The password of {email} was changed.</source>
        <translation>{email} のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>Wrote {file}. Take it to {portal} on a computer with internet, upload it,
and bring back the license file: activation-wizard offline activate FILE</source>
        <translation>{file} を書き出しました。インターネットに接続されたコンピューターで {portal} にアップロードし、
ライセンスファイルを持ち帰ってください: activation-wizard offline activate ファイル</translation>
    </message>
    <message>
        <source>The file holds the account&apos;s password (offline activation needs it): keep it private and delete it once it is uploaded.</source>
        <translation>このファイルにはアカウントのパスワードが含まれています（オフラインアクティベーションに必要です）。他人に見せず、アップロード後は削除してください。</translation>
    </message>
    <message>
        <source>Wrote {file}; nothing of the license is left active on this computer. The seat
is freed when the file is uploaded to the vendor&apos;s offline portal.</source>
        <translation>{file} を書き出しました。このコンピューターではライセンスは有効ではなくなりました。
ファイルをベンダーのオフラインポータルにアップロードすると、シートが解放されます。</translation>
    </message>
    <message>
        <source>A request for {who} is waiting for its license file.</source>
        <translation>{who} のリクエストがライセンスファイルを待っています。</translation>
    </message>
    <message>
        <source>No offline request is waiting.</source>
        <translation>待機中のオフラインリクエストはありません。</translation>
    </message>
    <message>
        <source>{pair} has no &apos;=&apos; (write NAME=VALUE)</source>
        <translation>{pair} に「=」がありません（名前=値 の形で指定）</translation>
    </message>
    <message>
        <source>{pair} has no name before &apos;=&apos;</source>
        <translation>{pair} の「=」の前に名前がありません</translation>
    </message>
    <message>
        <source>note: the previous license {who} was deactivated first; its seat is free.</source>
        <translation>注意：以前のライセンス {who} を先に非アクティブ化しました。その台数枠は解放されています。</translation>
    </message>
    <message>
        <source>Deactivated {who} on this device; its seat is free.</source>
        <translation>このデバイスで {who} を非アクティブ化しました。シートは解放されました。</translation>
    </message>
    <message>
        <source>This device was already activated on this license; no extra seat was used.</source>
        <translation>このデバイスはすでにこのライセンスでアクティベートされていました。追加のシートは使用していません。</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>This license has no features.</source>
        <translation>このライセンスには機能がありません。</translation>
    </message>
    <message>
        <source> (until {when})</source>
        <translation>（{when} まで）</translation>
    </message>
    <message>
        <source> (ended {when})</source>
        <translation>（{when} に終了）</translation>
    </message>
    <message>
        <source>The seat of feature {code} is free.</source>
        <translation>機能 {code} の席を解放しました。</translation>
    </message>
    <message>
        <source>Used: {used} of {limit}</source>
        <translation>使用: {limit} 中 {used}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Floating: {used} of {seats} seats in use</source>
        <translation>フローティング: {seats} 席中 {used} 席使用中</translation>
    </message>
    <message>
        <source>Counted. Total used: {total}</source>
        <translation>記録しました。合計使用量: {total}</translation>
    </message>
    <message>
        <source>The floating seat is free.</source>
        <translation>フローティング席を解放しました。</translation>
    </message>
    <message>
        <source>from 1 to {most}</source>
        <translation>1 から {most} まで</translation>
    </message>
    <message>
        <source>it is in the past</source>
        <translation>過去の日時です</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} のパスワード: </translation>
    </message>
    <message>
        <source>Borrowed until {when}: this computer keeps its seat offline.</source>
        <translation>{when} まで借用中です。このコンピューターはオフラインでも席を保持します。</translation>
    </message>
    <message>
        <source>the server lists no versions of this product</source>
        <translation>サーバーにはこの製品のバージョンがありません</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} は整数ではありません</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-12-24T18:00</source>
        <translation>{value} は 2026-12-24T18:00 のような日時ではありません</translation>
    </message>
    <message>
        <source>Read these to the portal for {key}:</source>
        <translation>{key} について、次をポータルに伝えてください:</translation>
    </message>
    <message>
        <source>Then type the confirmation code it gives: activation-wizard airgap activate --license-key KEY CODE</source>
        <translation>次に、表示された確認コードを入力します: activation-wizard airgap activate --license-key KEY CODE</translation>
    </message>
    <message>
        <source>name the policy file (or set airgap.policy_file)</source>
        <translation>ポリシーファイルを指定してください (または airgap.policy_file を設定)</translation>
    </message>
    <message>
        <source>The activation was removed here. Read the code to the portal to free the seat.</source>
        <translation>ここでアクティベーションを削除しました。席を解放するには、コードをポータルに伝えてください。</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>print JSON, for scripts</source>
        <translation>JSON を出力する（スクリプト用）</translation>
    </message>
    <message>
        <source>replace another license active here: deactivate it first (the default), or abandon it (its seat stays counted; a copy is kept for import)</source>
        <translation>ここで有効な別のライセンスを置き換える：先に非アクティブ化する（既定）か、放棄する（台数枠はカウントされたまま。インポート用にコピーを保存）</translation>
    </message>
    <message>
        <source>configuration (override the TOML file)</source>
        <translation>設定（TOML ファイルより優先）</translation>
    </message>
    <message>
        <source>vendor configuration (TOML)</source>
        <translation>販売元の設定（TOML）</translation>
    </message>
    <message>
        <source>product short code</source>
        <translation>製品のショートコード</translation>
    </message>
    <message>
        <source>RSA public key: PEM file or text</source>
        <translation>RSA 公開鍵：PEM ファイルまたはテキスト</translation>
    </message>
    <message>
        <source>extra CA bundle for TLS</source>
        <translation>TLS 用の追加の CA バンドル</translation>
    </message>
    <message>
        <source>language of the wizard and its messages: en, de, ja (default: the system&apos;s)</source>
        <translation>ウィザードとメッセージの言語：en、de、ja（既定：システムの言語）</translation>
    </message>
    <message>
        <source>start the built-in sandbox in this process and use it</source>
        <translation>組み込みのサンドボックスをこのプロセスで起動して使用する</translation>
    </message>
    <message>
        <source>QA builds: use a running sandbox, given the JSON line it printed (or @FILE)</source>
        <translation>QA ビルド: 実行中のサンドボックスを使う（それが出力した JSON 行、または @ファイル）</translation>
    </message>
    <message>
        <source>Activate this product with a license key; no command opens the wizard.</source>
        <translation>ライセンスキーでこの製品をアクティベートします。コマンドを指定しない場合はウィザードが開きます。</translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation>このインストールを確認する</translation>
    </message>
    <message>
        <source>log to stderr (-vv: with HTTP details)</source>
        <translation>stderr にログを出力する（-vv：HTTP の詳細付き）</translation>
    </message>
    <message>
        <source>quit as soon as the wizard&apos;s first page is painted, printing the moment (the system&apos;s monotonic clock; to time start-up)</source>
        <translation>ウィザードの最初のページが描画されたらすぐに終了し、その時刻を出力する（システムの単調時計。起動時間の計測用）</translation>
    </message>
    <message>
        <source>activate this device</source>
        <translation>このデバイスをアクティベートする</translation>
    </message>
    <message>
        <source>user-based license (asks for password)</source>
        <translation>ユーザーベースのライセンス（パスワードを尋ねます）</translation>
    </message>
    <message>
        <source>sign in with your organisation in the browser (code from the config if omitted)</source>
        <translation>ブラウザーで組織にサインインする（省略時は設定のコード）</translation>
    </message>
    <message>
        <source>take over the official SDK&apos;s license file instead (default: the configured one, or the SDK&apos;s own place); no second seat</source>
        <translation>代わりに公式 SDK のライセンスファイルを引き継ぐ (既定: 設定されたもの、または SDK 自身の場所)。2つ目の席は使いません</translation>
    </message>
    <message>
        <source>save the stored activation to a recovery file (for import, on this device)</source>
        <translation>保存されているアクティベーションを復元ファイルに書き出す（この端末で import に使用）</translation>
    </message>
    <message>
        <source>read the password from stdin</source>
        <translation>パスワードを stdin から読み込む</translation>
    </message>
    <message>
        <source>which of the account&apos;s licenses (see licenses)</source>
        <translation>アカウントのどのライセンスか（licenses を参照）</translation>
    </message>
    <message>
        <source>list an account&apos;s licenses of this product</source>
        <translation>この製品のアカウントのライセンスを一覧表示する</translation>
    </message>
    <message>
        <source>start (or resume) a free trial</source>
        <translation>無料試用版を開始（または再開）する</translation>
    </message>
    <message>
        <source>needed for user-based products</source>
        <translation>ユーザーベースの製品で必要</translation>
    </message>
    <message>
        <source>change an account&apos;s password (asks, or reads current and new from stdin)</source>
        <translation>アカウントのパスワードを変更する（尋ねるか、現在と新しいものを stdin から読み込む）</translation>
    </message>
    <message>
        <source>read current, then new, one per line</source>
        <translation>現在のもの、次に新しいものを 1 行ずつ読み込む</translation>
    </message>
    <message>
        <source>activate or deactivate by file</source>
        <translation>ファイルでアクティベートまたは非アクティブ化する</translation>
    </message>
    <message>
        <source>write the request file</source>
        <translation>リクエストファイルを書き出す</translation>
    </message>
    <message>
        <source>default: activation.req here</source>
        <translation>既定：ここに activation.req</translation>
    </message>
    <message>
        <source>load the license file</source>
        <translation>ライセンスファイルを読み込む</translation>
    </message>
    <message>
        <source>the .lic from the portal, or - for stdin</source>
        <translation>ポータルから受け取った .lic、または stdin の場合は -</translation>
    </message>
    <message>
        <source>write the deactivation request file</source>
        <translation>非アクティブ化のリクエストファイルを書き出す</translation>
    </message>
    <message>
        <source>default: deactivation.req here</source>
        <translation>既定：ここに deactivation.req</translation>
    </message>
    <message>
        <source>a pending request?</source>
        <translation>保留中のリクエストはあるか</translation>
    </message>
    <message>
        <source>device variables</source>
        <translation>デバイス変数</translation>
    </message>
    <message>
        <source>read them from the server</source>
        <translation>サーバーから読み込む</translation>
    </message>
    <message>
        <source>set NAME=VALUE ...</source>
        <translation>NAME=VALUE … を設定する</translation>
    </message>
    <message>
        <source>check configuration, keyring, network, TLS and clock; --json for support</source>
        <translation>設定、キーリング、ネットワーク、TLS、時計を確認する。サポート用には --json</translation>
    </message>
    <message>
        <source>show the stored activation</source>
        <translation>保存されたアクティベーションを表示する</translation>
    </message>
    <message>
        <source>ask the server about the stored activation</source>
        <translation>保存されたアクティベーションについてサーバーに問い合わせる</translation>
    </message>
    <message>
        <source>show what is sent about this device</source>
        <translation>このデバイスについて送信される内容を表示する</translation>
    </message>
    <message>
        <source>free this device&apos;s seat</source>
        <translation>このデバイスの台数枠を解放する</translation>
    </message>
    <message>
        <source>import an activation recovery file</source>
        <translation>アクティベーションの復元ファイルをインポートする</translation>
    </message>
    <message>
        <source>serve the local License API sandbox</source>
        <translation>ローカルの License API サンドボックスを提供する</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = 空いている任意のポート</translation>
    </message>
    <message>
        <source>SQLite file (kept between runs)</source>
        <translation>SQLite ファイル（実行間で保持）</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA</source>
        <translation>サンドボックス独自の CA による HTTPS</translation>
    </message>
    <message>
        <source>answer every call this late (s)</source>
        <translation>すべての呼び出しにこの秒数だけ遅れて応答する</translation>
    </message>
    <message>
        <source>inject a fault on every matching request (see app/sandbox/faults.py), e.g. drop_after@activate_license, rate_limit:date+30, error_5xx:503:10</source>
        <translation>一致するすべてのリクエストに障害を注入する（app/sandbox/faults.py を参照）。例：drop_after@activate_license、rate_limit:date+30、error_5xx:503:10</translation>
    </message>
    <message>
        <source>log every request</source>
        <translation>すべてのリクエストをログに記録する</translation>
    </message>
    <message>
        <source>accept a Date this many minutes ahead (undocumented upstream)</source>
        <translation>この分数だけ未来の Date を受け付ける（上流では未文書化）</translation>
    </message>
    <message>
        <source>HTTP status of signature_mismatch (the docs say both)</source>
        <translation>signature_mismatch の HTTP ステータス（ドキュメントには両方の記載あり）</translation>
    </message>
    <message>
        <source>error code for a wrong account password (not published upstream)</source>
        <translation>アカウントのパスワードが違う場合のエラーコード（上流では非公開）</translation>
    </message>
    <message>
        <source>OAuth access token lifetime (the docs&apos; example: 480)</source>
        <translation>OAuth アクセストークンの有効期間（ドキュメントの例：480）</translation>
    </message>
    <message>
        <source>the license&apos;s features and their ends</source>
        <translation>ライセンスの機能とその終了日</translation>
    </message>
    <message>
        <source>ask the server about one feature</source>
        <translation>1 つの機能についてサーバーに問い合わせる</translation>
    </message>
    <message>
        <source>check CODE (takes a floating feature&apos;s seat)</source>
        <translation>check CODE（フローティング機能の席を使用）</translation>
    </message>
    <message>
        <source>release CODE (frees a floating feature&apos;s seat)</source>
        <translation>release CODE（フローティング機能の席を解放）</translation>
    </message>
    <message>
        <source>count N uses of a consumption license</source>
        <translation>従量制ライセンスの使用を N 回記録する</translation>
    </message>
    <message>
        <source>negative: give back</source>
        <translation>負の値: 返却</translation>
    </message>
    <message>
        <source>a consumption feature&apos;s uses</source>
        <translation>従量制機能の使用</translation>
    </message>
    <message>
        <source>a floating license&apos;s seat</source>
        <translation>フローティングライセンスの席</translation>
    </message>
    <message>
        <source>keep the seat offline</source>
        <translation>オフラインでも席を保持する</translation>
    </message>
    <message>
        <source>e.g. 2026-12-24 or 2026-12-24T18:00</source>
        <translation>例: 2026-12-24 または 2026-12-24T18:00</translation>
    </message>
    <message>
        <source>from now</source>
        <translation>今から</translation>
    </message>
    <message>
        <source>an account&apos;s password, from stdin</source>
        <translation>アカウントのパスワード（標準入力から）</translation>
    </message>
    <message>
        <source>free the seat now (ends a borrow)</source>
        <translation>今すぐ席を解放する（借用も終了）</translation>
    </message>
    <message>
        <source>the product&apos;s versions, newest last</source>
        <translation>製品のバージョン（最新が最後）</translation>
    </message>
    <message>
        <source>e.g. win64, linux</source>
        <translation>例: win64, linux</translation>
    </message>
    <message>
        <source>e.g. beta</source>
        <translation>例: beta</translation>
    </message>
    <message>
        <source>print the installation file of VERSION (default: latest)</source>
        <translation>VERSION のインストールファイルを表示（既定: 最新）</translation>
    </message>
    <message>
        <source>activate or deactivate by codes read out</source>
        <translation>読み上げるコードでアクティベートまたは非アクティブ化</translation>
    </message>
    <message>
        <source>the code to read out to the portal</source>
        <translation>ポータルに伝えるコード</translation>
    </message>
    <message>
        <source>the initialization code the portal shows</source>
        <translation>ポータルが表示する初期化コード</translation>
    </message>
    <message>
        <source>type in the confirmation code from the portal</source>
        <translation>ポータルの確認コードを入力</translation>
    </message>
    <message>
        <source>the policy file (default: airgap.policy_file)</source>
        <translation>ポリシーファイル (既定: airgap.policy_file)</translation>
    </message>
    <message>
        <source>the confirmation code (its groups as separate words too)</source>
        <translation>確認コード (グループごとに区切っても可)</translation>
    </message>
    <message>
        <source>the deactivation code to read out; removes it here</source>
        <translation>読み上げる非アクティブ化コード。ここからは削除されます</translation>
    </message>
</context>
<context>
    <name>device</name>
    <message>
        <source>Identifies this device to the license server, so one seat is counted for it however often you activate. A one-way hash: it reveals nothing about your files.</source>
        <translation>ライセンスサーバーがこのデバイスを識別するための情報です。何度アクティベートしても、このデバイスで使用される台数枠は1つだけです。一方向ハッシュのため、ファイルに関する情報は一切わかりません。</translation>
    </message>
    <message>
        <source>Lets the vendor&apos;s support see which system a seat is on.</source>
        <translation>台数枠がどのシステムで使用されているかを、販売元のサポートが確認できるようにします。</translation>
    </message>
    <message>
        <source>Helps you recognise this device in the vendor&apos;s customer portal.</source>
        <translation>販売元のカスタマーポータルでこのデバイスを見分けやすくします。</translation>
    </message>
    <message>
        <source>The name the operating system gives this computer; same purpose.</source>
        <translation>オペレーティングシステムがこのコンピューターに付けている名前です。用途は同じです。</translation>
    </message>
    <message>
        <source>The address of the network interface used to reach the internet.</source>
        <translation>インターネットへの接続に使用されるネットワークインターフェイスのアドレスです。</translation>
    </message>
    <message>
        <source>The local network address; helps support tell devices apart.</source>
        <translation>ローカルネットワーク上のアドレスです。サポートがデバイスを区別するのに役立ちます。</translation>
    </message>
    <message>
        <source>The network card of that interface; helps support tell devices apart.</source>
        <translation>そのインターフェイスのネットワークカードです。サポートがデバイスを区別するのに役立ちます。</translation>
    </message>
    <message>
        <source>Some licenses may not be used in virtual machines or containers.</source>
        <translation>ライセンスによっては、仮想マシンやコンテナーでは使用できません。</translation>
    </message>
    <message>
        <source>Which virtual machine or container was detected, if any.</source>
        <translation>検出された仮想マシンまたはコンテナーの種類です（検出された場合）。</translation>
    </message>
    <message>
        <source>Which version of the program is being activated.</source>
        <translation>アクティベートするプログラムのバージョンです。</translation>
    </message>
    <message>
        <source>Which version of this activation wizard sent the request.</source>
        <translation>リクエストを送信したアクティベーションウィザードのバージョンです。</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>ハードウェアID</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>OS host name</source>
        <translation>OSのホスト名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Local IP address</source>
        <translation>ローカルIPアドレス</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MACアドレス</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Detected environment</source>
        <translation>検出された環境</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>プログラムのバージョン</translation>
    </message>
    <message>
        <source>Wizard version</source>
        <translation>ウィザードのバージョン</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
</context>
<context>
    <name>key</name>
    <message>
        <source>The key contains letters of another alphabet that only look like Latin ones ({chars}). Switch the keyboard to a Latin layout and type them again.</source>
        <translation>キーに、ラテン文字（英字）に見えるだけの別の文字体系の文字が含まれています（{chars}）。キーボードを英字配列に切り替えて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>A license key has no “{chars}”. Check the key for typing mistakes.</source>
        <translation>ライセンスキーに「{chars}」は含まれません。キーに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>Keep typing: a key looks like ABCD-1234-EFGH-5678.</source>
        <translation>入力を続けてください。キーはABCD-1234-EFGH-5678のような形式です。</translation>
    </message>
    <message>
        <source>This does not look like a license key (ABCD-1234-EFGH-5678).</source>
        <translation>ライセンスキーの形式ではないようです（ABCD-1234-EFGH-5678）。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the saved license data was altered or not signed by the license server</source>
        <translation>保存されたライセンスデータが改ざんされているか、ライセンスサーバーによって署名されていません</translation>
    </message>
    <message>
        <source>it was made for another device (it may have been copied here)</source>
        <translation>別のデバイス用に作成されたものです（ここにコピーされた可能性があります）</translation>
    </message>
    <message>
        <source>it belongs to another product</source>
        <translation>別の製品のものです</translation>
    </message>
    <message>
        <source>the license has expired</source>
        <translation>ライセンスの有効期限が切れています</translation>
    </message>
    <message>
        <source>That sign-in was used already: each sign-in with your organisation counts once.</source>
        <translation>このサインインはすでに使用されています。組織でのサインインは1回ごとに1度しか使えません。</translation>
    </message>
    <message>
        <source>The license server already has this device on your organisation&apos;s license. To fetch that activation, this computer needs to know which account it belongs to.</source>
        <translation>ライセンスサーバーには、このデバイスがすでに組織のライセンスに登録されています。そのアクティベーションを取得するには、どのアカウントのものかをこのコンピューターが知る必要があります。</translation>
    </message>
    <message>
        <source>Your sign-in was used to look up an interrupted activation, which had not reached the license server. Activating needs one more sign-in.</source>
        <translation>サインインは中断されたアクティベーションの確認に使われました。そのアクティベーションはライセンスサーバーに届いていませんでした。アクティベートするには、もう一度サインインが必要です。</translation>
    </message>
    <message>
        <source>this program is not set up for activation without a network (it has no air-gap key)</source>
        <translation>このプログラムはネットワークなしのアクティベーション用に設定されていません (エアギャップ キーがありません)</translation>
    </message>
    <message>
        <source>the code is not complete: it has a different number of characters</source>
        <translation>コードが完全ではありません (文字数が異なります)</translation>
    </message>
    <message>
        <source>the code has characters a code cannot have</source>
        <translation>コードに使えない文字が含まれています</translation>
    </message>
    <message>
        <source>group {group} of the code looks mistyped: compare it character by character</source>
        <translation>コードのグループ {group} が打ち間違っているようです。1 文字ずつ確認してください</translation>
    </message>
    <message>
        <source>the initialization code is not one: copy it from the portal again</source>
        <translation>初期化コードではありません。ポータルからもう一度写してください</translation>
    </message>
    <message>
        <source>the confirmation code is not the one for this computer, license key and policy: compare it character by character, or ask the portal again</source>
        <translation>確認コードがこのコンピューター、ライセンスキー、ポリシーのものではありません。1 文字ずつ確認するか、ポータルでもう一度取得してください</translation>
    </message>
    <message>
        <source>the policy file is for another product</source>
        <translation>ポリシーファイルは別の製品用です</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>そのようなファイルはありません</translation>
    </message>
    <message>
        <source>it is not a license file of this program&apos;s SDK: another program&apos;s key, another format, or damaged</source>
        <translation>このプログラムの SDK のライセンスファイルではありません (別のプログラムのキー、別の形式、または破損)</translation>
    </message>
    <message>
        <source>it holds no license of this product</source>
        <translation>この製品のライセンスが含まれていません</translation>
    </message>
    <message>
        <source>it was made for another hardware id (the program&apos;s configuration should set device.hardware_id = &quot;sdk&quot;)</source>
        <translation>別のハードウェア ID 用に作成されています (プログラムの設定で device.hardware_id = &quot;sdk&quot; を指定してください)</translation>
    </message>
    <message>
        <source>it was activated offline, which the license server cannot confirm; activate offline in the wizard</source>
        <translation>オフラインでアクティベートされたため、ライセンスサーバーで確認できません。ウィザードでオフライン アクティベーションを行ってください</translation>
    </message>
    <message>
        <source>the license server no longer has this device&apos;s activation (it was deactivated or moved); activate again</source>
        <translation>ライセンスサーバーにこのデバイスのアクティベーションがもうありません (非アクティブ化または移動済み)。もう一度アクティベートしてください</translation>
    </message>
    <message>
        <source>this computer already holds another activation of this product here; deactivate it first</source>
        <translation>このコンピューターにはこの製品の別のアクティベーションが既にあります。先にそれを非アクティブ化してください</translation>
    </message>
    <message>
        <source>its signature does not match: it was changed, or not made by the license server for this program</source>
        <translation>署名が一致しません。改ざんされたか、ライセンスサーバーがこのプログラム用に作成したものではありません</translation>
    </message>
    <message>
        <source>there is no offline request waiting on this computer (it was used or cancelled); write a new request file</source>
        <translation>このコンピューターには待機中のオフラインリクエストがありません（使用済みまたはキャンセル済みです）。新しいリクエストファイルを作成してください</translation>
    </message>
    <message>
        <source>it answers another request than the one waiting on this computer (an older file, or one for another computer)</source>
        <translation>このコンピューターで待機中のリクエストとは別のリクエストに対するものです（古いファイル、または別のコンピューター用のファイルです）</translation>
    </message>
    <message>
        <source>it was made for another computer</source>
        <translation>別のコンピューター用に作成されたものです</translation>
    </message>
    <message>
        <source>it is for another product</source>
        <translation>別の製品用のものです</translation>
    </message>
    <message>
        <source>this license type cannot be activated offline (only trial, perpetual and consumption licenses can)</source>
        <translation>この種類のライセンスはオフラインではアクティベートできません（オフラインでアクティベートできるのは、試用版、永続ライセンス、従量制ライセンスのみです）</translation>
    </message>
    <message>
        <source>it is dated in the future: check this computer&apos;s date and time</source>
        <translation>日付が未来になっています。このコンピューターの日付と時刻を確認してください</translation>
    </message>
    <message>
        <source>it is for another license than the one this computer asked for</source>
        <translation>このコンピューターが要求したライセンスとは別のライセンス用のものです</translation>
    </message>
    <message>
        <source>the license is disabled</source>
        <translation>ライセンスが利用停止されています</translation>
    </message>
    <message>
        <source>it is older than the license already on this computer</source>
        <translation>このコンピューターにすでにあるライセンスより古いものです</translation>
    </message>
    <message>
        <source>it is a symbolic link; choose another name</source>
        <translation>シンボリックリンクです。別の名前を選んでください</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is far larger than such a file can be</source>
        <translation>この種類のファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is behind the time the activation was last used; check the date and time</source>
        <translation>このコンピューターの時計が、アクティベーションを最後に使用した日時より前になっています。日付と時刻を確認してください</translation>
    </message>
    <message>
        <source>the activation file is missing from the data folder</source>
        <translation>データフォルダーにアクティベーションファイルがありません</translation>
    </message>
    <message>
        <source>the saved activation is damaged or does not match its key in the system&apos;s credential store</source>
        <translation>保存されたアクティベーションが破損しているか、システムの資格情報ストアにあるキーと一致しません</translation>
    </message>
    <message>
        <source>its key in the system keyring is missing</source>
        <translation>システムのキーリングにそのキーがありません</translation>
    </message>
    <message>
        <source>the license server reports the license as disabled</source>
        <translation>ライセンスサーバーによると、ライセンスは利用停止されています</translation>
    </message>
    <message>
        <source>the license server no longer has this device on the license</source>
        <translation>ライセンスサーバーでは、このデバイスはもうライセンスに登録されていません</translation>
    </message>
    <message>
        <source>it has not been checked with the license server for longer than this program allows without a connection</source>
        <translation>この製品が接続なしで許可する期間を超えて、ライセンスサーバーで確認されていません</translation>
    </message>
    <message>
        <source>the saved license data belongs to another license, account or device, or is no license at all</source>
        <translation>保存されたライセンスデータは別のライセンス、アカウント、デバイスのものか、そもそもライセンスではありません</translation>
    </message>
    <message>
        <source>Activate again. If this device was already counted, that does not use another seat.</source>
        <translation>再度アクティベートしてください。このデバイスがすでにカウントされている場合、台数枠が追加で使用されることはありません。</translation>
    </message>
    <message>
        <source>Renew the license with the vendor; then check again or activate the new one.</source>
        <translation>販売元でライセンスを更新してから、再度確認するか、新しいライセンスをアクティベートしてください。</translation>
    </message>
    <message>
        <source>Set the correct date, time and time zone. If the clock is right now (it was ahead once), connect to the internet and check the license again: the license server&apos;s time sets it straight.</source>
        <translation>正しい日付、時刻、タイムゾーンを設定してください。時計が現在は正しい場合（以前に進んでいた場合）は、インターネットに接続してライセンスを再度確認してください。ライセンスサーバーの時刻によって修正されます。</translation>
    </message>
    <message>
        <source>Ask the vendor&apos;s support to enable the license, then check it again.</source>
        <translation>販売元のサポートにライセンスの利用再開を依頼してから、ライセンスを再度確認してください。</translation>
    </message>
    <message>
        <source>Use the activation wizard that came with this product.</source>
        <translation>この製品に付属のアクティベーションウィザードを使用してください。</translation>
    </message>
    <message>
        <source>Connect to the internet and check the license (Check now, or activation-wizard check). Nothing needs to be activated again.</source>
        <translation>インターネットに接続してライセンスを確認してください（「今すぐ確認」または activation-wizard check）。再アクティベーションは不要です。</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support.</source>
        <translation>数分後にもう一度お試しください。問題が続く場合は、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Try again, or start this program again: the deactivation is finished then, and this computer keeps its activation until it is.</source>
        <translation>もう一度試すか、このプログラムを再起動してください。そのときにディアクティベーションが完了します。それまでこのコンピューターはアクティベートされたままです。</translation>
    </message>
    <message>
        <source>Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>An unexpected error stopped the activation. Nothing was changed on this device.</source>
        <translation>予期しないエラーによりアクティベーションが中断されました。このデバイスでは何も変更されていません。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, copy the details and send them to support.</source>
        <translation>もう一度お試しください。再び発生する場合は、詳細をコピーしてサポートに送信してください。</translation>
    </message>
    <message>
        <source>The activation settings are incomplete</source>
        <translation>アクティベーションの設定が不完全です</translation>
    </message>
    <message>
        <source>Problem with the setting {field}: {problem}. (It came from {source}.)</source>
        <translation>設定「{field}」に問題があります：{problem}。（設定元：{source}）</translation>
    </message>
    <message>
        <source>Correct that setting, or ask the software vendor for a working configuration.</source>
        <translation>この設定を修正するか、正しく動作する構成をソフトウェア販売元に問い合わせてください。</translation>
    </message>
    <message>
        <source>Set it, or ask the software vendor for a working configuration.</source>
        <translation>設定するか、ソフトウェアベンダーに動作する構成を依頼してください。</translation>
    </message>
    <message>
        <source>{source} is not a valid settings file (TOML): {problem}.</source>
        <translation>{source} は有効な設定ファイル（TOML）ではありません：{problem}。</translation>
    </message>
    <message>
        <source>The uses not yet sent cannot be read</source>
        <translation>未送信の使用を読み取れません</translation>
    </message>
    <message>
        <source>The file {path} was changed outside this program, or is damaged, so what it says is not sent to the license server.</source>
        <translation>ファイル {path} はこのプログラムの外で変更されたか破損しているため、その内容はライセンスサーバーに送信されません。</translation>
    </message>
    <message>
        <source>Tell the vendor&apos;s support: uses in it may not have been counted. Removing the file starts the count anew.</source>
        <translation>ベンダーのサポートに連絡してください。その中の使用は記録されていない可能性があります。ファイルを削除すると、記録は最初からやり直しになります。</translation>
    </message>
    <message>
        <source>Uses kept for later</source>
        <translation>使用は後で送信するため保持されました</translation>
    </message>
    <message>
        <source>The license server could not be reached, or its answer did not arrive: the uses not yet confirmed ({waiting} in all) are kept on this computer.</source>
        <translation>ライセンスサーバーに接続できなかったか、応答が届きませんでした。未確認の使用（合計 {waiting}）はこのコンピューターに保持されています。</translation>
    </message>
    <message>
        <source>They are sent, or settled, with the next count or check, and never counted twice. Do not count them again.</source>
        <translation>次回の記録または確認の際に送信（または照合）され、二重に数えられることはありません。もう一度記録しないでください。</translation>
    </message>
    <message>
        <source>Could not reach the license server</source>
        <translation>ライセンスサーバーにアクセスできませんでした</translation>
    </message>
    <message>
        <source>The connection to the license server failed before it could answer.</source>
        <translation>ライセンスサーバーが応答する前に接続が失敗しました。</translation>
    </message>
    <message>
        <source>License server not found</source>
        <translation>ライセンスサーバーが見つかりません</translation>
    </message>
    <message>
        <source>This computer could not look up the license server&apos;s address.</source>
        <translation>このコンピューターはライセンスサーバーのアドレスを解決できませんでした。</translation>
    </message>
    <message>
        <source>Could not connect to the license server</source>
        <translation>ライセンスサーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The license server did not accept a connection from this computer.</source>
        <translation>ライセンスサーバーがこのコンピューターからの接続を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The license server took too long</source>
        <translation>ライセンスサーバーの応答に時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The answer from the license server was lost</source>
        <translation>ライセンスサーバーからの応答が失われました</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have recorded it.</source>
        <translation>リクエストはライセンスサーバーに届きましたが、応答が届く前に接続が切断されました。サーバー側では記録されている可能性があります。</translation>
    </message>
    <message>
        <source>Try again: this device is recognised, so trying again does not use another seat.</source>
        <translation>もう一度お試しください。このデバイスは認識されるため、再試行しても台数枠が追加で使用されることはありません。</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have activated this computer.</source>
        <translation>時間内に応答がありませんでした。サーバーがこのコンピューターをアクティベートしたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Sign in again: the server is asked about this activation first, so no seat is used twice.</source>
        <translation>もう一度サインインしてください。最初にこのアクティベーションについてサーバーに確認するため、シートが二重に使われることはありません。</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have activated this computer.</source>
        <translation>リクエストはライセンスサーバーに届きましたが、応答が届く前に接続が切れました。サーバーがこのコンピューターをアクティベートした可能性があります。</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have freed the seat.</source>
        <translation>時間内に応答がありませんでした。サーバーがシートを解放したかどうかは不明です。</translation>
    </message>
    <message>
        <source>The request reached the license server, but the connection broke before its answer arrived. The server may have freed the seat.</source>
        <translation>リクエストはライセンスサーバーに届きましたが、応答が届く前に接続が切れました。サーバーがシートを解放した可能性があります。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>The license server&apos;s certificate could not be verified.{issuer} Something between you and the server (often a company proxy) may be intercepting traffic.</source>
        <translation>ライセンスサーバーの証明書を検証できませんでした。{issuer}お使いのコンピューターとサーバーの間にある何か（多くの場合、社内のプロキシ）が通信を傍受している可能性があります。</translation>
    </message>
    <message>
        <source>Try another network, or ask your IT department to allow the license server.</source>
        <translation>別のネットワークを試すか、ライセンスサーバーへの接続を許可するようIT部門に依頼してください。</translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation>安全でないサーバーアドレス</translation>
    </message>
    <message>
        <source>The license server address {url} does not use HTTPS.</source>
        <translation>ライセンスサーバーのアドレス{url}はHTTPSを使用していません。</translation>
    </message>
    <message>
        <source>Only local test servers may use plain http://. Fix the api url setting.</source>
        <translation>暗号化されていないhttp://を使用できるのは、ローカルのテストサーバーだけです。「api url」の設定を修正してください。</translation>
    </message>
    <message>
        <source>Activation cancelled</source>
        <translation>アクティベーションをキャンセルしました</translation>
    </message>
    <message>
        <source>You cancelled the request. Whatever the server had already done with it is undone (or checked the next time, if the server cannot be asked now).</source>
        <translation>リクエストをキャンセルしました。サーバーがすでに処理していた内容は取り消されます（サーバーに今問い合わせできない場合は、次回確認されます）。</translation>
    </message>
    <message>
        <source>Start the activation again when you are ready.</source>
        <translation>準備ができたら、もう一度アクティベーションを開始してください。</translation>
    </message>
    <message>
        <source>Unexpected answer from the license server</source>
        <translation>ライセンスサーバーから予期しない応答がありました</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected form.</source>
        <translation>サーバーの応答が想定された形式ではありませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified</source>
        <translation>サーバーの応答を検証できませんでした</translation>
    </message>
    <message>
        <source>The license server&apos;s reply was not signed with the expected key, so it was not trusted. It may have been altered on the way.</source>
        <translation>ライセンスサーバーの応答が想定されたキーで署名されていなかったため、信頼されませんでした。途中で改ざんされた可能性があります。</translation>
    </message>
    <message>
        <source>Try another network. If it persists, contact support: the public key in the settings may be wrong.</source>
        <translation>別のネットワークを試してください。解決しない場合は、サポートにお問い合わせください。設定の公開鍵が間違っている可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not fit the request</source>
        <translation>サーバーの応答がリクエストと一致しません</translation>
    </message>
    <message>
        <source>The answer is signed by the license server, but it does not belong to this request: it names another license, account, computer or product, or answers another question. Nothing was kept.</source>
        <translation>応答はライセンスサーバーによって署名されていますが、このリクエストに対するものではありません。別のライセンス、アカウント、コンピューター、製品を指しているか、別の問い合わせへの応答です。何も保存されていません。</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, something on this computer or network is sending old answers: try another network, or contact support.</source>
        <translation>もう一度お試しください。問題が続く場合は、このコンピューターまたはネットワーク上の何かが古い応答を送っています。別のネットワークを試すか、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The license server has a problem</source>
        <translation>ライセンスサーバーで問題が発生しています</translation>
    </message>
    <message>
        <source>The license server failed to handle the request (HTTP {status}).{retry_hint}</source>
        <translation>ライセンスサーバーがリクエストを処理できませんでした（HTTP {status}）。{retry_hint}</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support.</source>
        <translation>後でもう一度お試しください。問題が続く場合は、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}).{retry_hint}</source>
        <translation>ライセンスサーバーの前段のゲートウェイでエラーが発生しました (HTTP {status})。{retry_hint}</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}). The server may have activated this computer all the same.{retry_hint}</source>
        <translation>ライセンスサーバーの前段のゲートウェイでエラーが発生しました (HTTP {status})。それでもサーバーがこのコンピューターをアクティベートした可能性があります。{retry_hint}</translation>
    </message>
    <message>
        <source>Try again later: the server is asked about this activation first, so no seat is used twice.</source>
        <translation>後でもう一度試してください。最初にこのアクティベーションについてサーバーに確認するため、シートが二重に使われることはありません。</translation>
    </message>
    <message>
        <source>A gateway in front of the license server failed (HTTP {status}). The server may have freed the seat all the same.{retry_hint}</source>
        <translation>ライセンスサーバーの前段のゲートウェイでエラーが発生しました (HTTP {status})。それでもサーバーがシートを解放した可能性があります。{retry_hint}</translation>
    </message>
    <message>
        <source>The license server is busy</source>
        <translation>ライセンスサーバーが混み合っています</translation>
    </message>
    <message>
        <source>Too many requests reached the license server in a short time.</source>
        <translation>短時間に多数のリクエストがライセンスサーバーに送信されました。</translation>
    </message>
    <message>
        <source>Try again later{retry_hint}.</source>
        <translation>後でもう一度お試しください{retry_hint}。</translation>
    </message>
    <message>
        <source>The license server refused the request</source>
        <translation>ライセンスサーバーがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The server said: {message}</source>
        <translation>サーバーからの応答：{message}</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>不明な製品</translation>
    </message>
    <message>
        <source>The license server does not know the product this program is set up for.</source>
        <translation>このプログラムに設定されている製品は、ライセンスサーバーに登録されていません。</translation>
    </message>
    <message>
        <source>This is a setup problem of the program, not of your key. Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>これはプログラムの設定の問題で、キーの問題ではありません。ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>License not found</source>
        <translation>ライセンスが見つかりません</translation>
    </message>
    <message>
        <source>No license matches the key you entered.</source>
        <translation>入力したキーに一致するライセンスがありません。</translation>
    </message>
    <message>
        <source>Check the key for typos (compare it with your purchase e-mail) and try again.</source>
        <translation>キーに入力ミスがないか（購入時のメールと照らし合わせて）確認し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>License disabled</source>
        <translation>ライセンスが利用停止されています</translation>
    </message>
    <message>
        <source>This license exists but has been disabled by the vendor.</source>
        <translation>このライセンスは存在しますが、販売元によって利用停止されています。</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support or your purchasing contact to have it enabled.</source>
        <translation>利用を再開するには、販売元のサポートまたは購入窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>Virtual machines are not allowed</source>
        <translation>仮想マシンは使用できません</translation>
    </message>
    <message>
        <source>This license cannot be activated inside a virtual machine or container, and this device was detected as one.</source>
        <translation>このライセンスは仮想マシンやコンテナー内ではアクティベートできませんが、このデバイスはそのいずれかとして検出されました。</translation>
    </message>
    <message>
        <source>Activate on a physical computer, or ask the vendor for a license that allows virtual machines.</source>
        <translation>物理コンピューターでアクティベートするか、仮想マシンで使用できるライセンスを販売元に問い合わせてください。</translation>
    </message>
    <message>
        <source>Offline activation not possible</source>
        <translation>オフラインアクティベーションはできません</translation>
    </message>
    <message>
        <source>This is a floating cloud license, which cannot be activated offline.</source>
        <translation>これはフローティングクラウドライセンスのため、オフラインではアクティベートできません。</translation>
    </message>
    <message>
        <source>Connect to the internet and activate online instead.</source>
        <translation>インターネットに接続して、オンラインでアクティベートしてください。</translation>
    </message>
    <message>
        <source>License not started yet</source>
        <translation>ライセンスの開始日前です</translation>
    </message>
    <message>
        <source>This license cannot be activated before its start date{start}.</source>
        <translation>このライセンスは開始日{start}より前にはアクティベートできません。</translation>
    </message>
    <message>
        <source>Try again on or after the start date, or contact the vendor.</source>
        <translation>開始日以降にもう一度お試しいただくか、販売元にお問い合わせください。</translation>
    </message>
    <message>
        <source>Device blocked</source>
        <translation>デバイスがブロックされています</translation>
    </message>
    <message>
        <source>The vendor has blocked this device from activating licenses.</source>
        <translation>販売元により、このデバイスでのライセンスのアクティベーションがブロックされています。</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support; only they can lift the block.</source>
        <translation>販売元のサポートにお問い合わせください。ブロックを解除できるのは販売元だけです。</translation>
    </message>
    <message>
        <source>All seats are in use</source>
        <translation>台数枠をすべて使用中です</translation>
    </message>
    <message>
        <source>This license is already activated on the maximum number of devices.</source>
        <translation>このライセンスは、すでに上限台数のデバイスでアクティベートされています。</translation>
    </message>
    <message>
        <source>Deactivate it on a device you no longer use (in that program or the vendor&apos;s customer portal), then try again here.</source>
        <translation>使用しなくなったデバイスで（そのデバイスのプログラム、または販売元のカスタマーポータルで）無効化してから、ここでもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your account has used all its activations</source>
        <translation>アカウントのアクティベーション回数が上限に達しました</translation>
    </message>
    <message>
        <source>Your user account has already activated this license the maximum number of times.</source>
        <translation>お使いのユーザーアカウントは、このライセンスをすでに上限回数までアクティベートしています。</translation>
    </message>
    <message>
        <source>Deactivate one of your other devices, or ask your administrator for more seats.</source>
        <translation>ほかのデバイスのいずれかを無効化するか、管理者に台数枠の追加を依頼してください。</translation>
    </message>
    <message>
        <source>License expired</source>
        <translation>ライセンスの有効期限切れ</translation>
    </message>
    <message>
        <source>The validity period of this license has ended.</source>
        <translation>このライセンスの有効期間が終了しました。</translation>
    </message>
    <message>
        <source>Renew the license with the vendor, then activate again.</source>
        <translation>販売元でライセンスを更新してから、再度アクティベートしてください。</translation>
    </message>
    <message>
        <source>No transfers left</source>
        <translation>移行回数が上限に達しました</translation>
    </message>
    <message>
        <source>This license has already been moved between devices the maximum number of times.</source>
        <translation>このライセンスは、すでに上限回数までデバイス間で移行されています。</translation>
    </message>
    <message>
        <source>Contact the vendor&apos;s support to reset the transfer limit.</source>
        <translation>移行回数の上限をリセットするには、販売元のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Device already activated</source>
        <translation>デバイスはアクティベート済みです</translation>
    </message>
    <message>
        <source>This device is already activated on this license.</source>
        <translation>このデバイスはすでにこのライセンスでアクティベートされています。</translation>
    </message>
    <message>
        <source>Nothing to do: the existing activation is used.</source>
        <translation>操作は不要です。既存のアクティベーションが使用されます。</translation>
    </message>
    <message>
        <source>License not active</source>
        <translation>ライセンスがアクティブではありません</translation>
    </message>
    <message>
        <source>The license server reports this license as not active on this device.</source>
        <translation>ライセンスサーバーによると、このライセンスはこのデバイスでアクティブではありません。</translation>
    </message>
    <message>
        <source>Activate the license again.</source>
        <translation>ライセンスを再度アクティベートしてください。</translation>
    </message>
    <message>
        <source>Device not registered</source>
        <translation>デバイスが登録されていません</translation>
    </message>
    <message>
        <source>The license server has no active record of this device on the license.</source>
        <translation>ライセンスサーバーには、このライセンスでのこのデバイスの有効な登録がありません。</translation>
    </message>
    <message>
        <source>Activate this device again.</source>
        <translation>このデバイスを再度アクティベートしてください。</translation>
    </message>
    <message>
        <source>All floating seats are in use</source>
        <translation>フローティング席はすべて使用中です</translation>
    </message>
    <message>
        <source>Every seat of this floating license is taken by other computers right now.{seats}</source>
        <translation>このフローティングライセンスの席は、現在すべて他のコンピューターが使用しています。{seats}</translation>
    </message>
    <message>
        <source>Try again later (a seat frees itself when its program ends or stops checking in), or ask your administrator for more seats.</source>
        <translation>後でもう一度お試しください（席は、そのプログラムが終了するか応答しなくなると解放されます）。または管理者に席の追加を依頼してください。</translation>
    </message>
    <message>
        <source>This license cannot be borrowed</source>
        <translation>このライセンスは借用できません</translation>
    </message>
    <message>
        <source>The vendor does not allow taking a seat of this license offline.</source>
        <translation>ベンダーは、このライセンスの席をオフラインで使うことを許可していません。</translation>
    </message>
    <message>
        <source>Stay connected while you use the program.</source>
        <translation>プログラムの使用中は接続を保ってください。</translation>
    </message>
    <message>
        <source>That end date cannot be used</source>
        <translation>その終了日時は使用できません</translation>
    </message>
    <message>
        <source>A seat can be borrowed from now until at most the license&apos;s borrowing limit allows.</source>
        <translation>席は、今からライセンスの借用上限までの期間だけ借りられます。</translation>
    </message>
    <message>
        <source>Choose an earlier end, in the future.</source>
        <translation>未来の、より早い終了日時を選んでください。</translation>
    </message>
    <message>
        <source>Not enough left on this license</source>
        <translation>このライセンスの残りが足りません</translation>
    </message>
    <message>
        <source>This use would go beyond what the license allows (including any overage).</source>
        <translation>この使用は、ライセンスの許容量（超過分を含む）を超えます。</translation>
    </message>
    <message>
        <source>Ask the vendor for more, or wait until the license&apos;s usage resets.</source>
        <translation>ベンダーに追加を依頼するか、ライセンスの使用量がリセットされるまでお待ちください。</translation>
    </message>
    <message>
        <source>Not enough left of this feature</source>
        <translation>この機能の残りが足りません</translation>
    </message>
    <message>
        <source>This use would go beyond what the feature allows (including any overage).</source>
        <translation>この使用は、機能の許容量（超過分を含む）を超えます。</translation>
    </message>
    <message>
        <source>Ask the vendor for more, or wait until the feature&apos;s usage resets.</source>
        <translation>ベンダーに追加を依頼するか、機能の使用量がリセットされるまでお待ちください。</translation>
    </message>
    <message>
        <source>Not a consumption license</source>
        <translation>従量制ライセンスではありません</translation>
    </message>
    <message>
        <source>This license does not count uses.</source>
        <translation>このライセンスは使用回数を数えません。</translation>
    </message>
    <message>
        <source>Uses cannot be given back</source>
        <translation>使用分は返却できません</translation>
    </message>
    <message>
        <source>This license does not allow taking counted uses back.</source>
        <translation>このライセンスでは、記録済みの使用を取り消せません。</translation>
    </message>
    <message>
        <source>Count only new uses (a positive number).</source>
        <translation>新しい使用だけを記録してください（正の数）。</translation>
    </message>
    <message>
        <source>Unknown feature</source>
        <translation>不明な機能</translation>
    </message>
    <message>
        <source>This license has no feature with that code.</source>
        <translation>このライセンスにはそのコードの機能がありません。</translation>
    </message>
    <message>
        <source>Check the feature&apos;s code (activation-wizard features lists them).</source>
        <translation>機能のコードを確認してください（activation-wizard features で一覧表示できます）。</translation>
    </message>
    <message>
        <source>Not a floating feature</source>
        <translation>フローティング機能ではありません</translation>
    </message>
    <message>
        <source>This feature is not shared between computers: it has no seat to free.</source>
        <translation>この機能はコンピューター間で共有されないため、解放する席はありません。</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>何もする必要はありません。</translation>
    </message>
    <message>
        <source>This computer holds no seat of that feature</source>
        <translation>このコンピューターはその機能の席を使用していません</translation>
    </message>
    <message>
        <source>The feature&apos;s seat was already freed, or never taken here.</source>
        <translation>その機能の席はすでに解放されているか、ここでは使用されていませんでした。</translation>
    </message>
    <message>
        <source>Feature not supported</source>
        <translation>サポートされていない機能</translation>
    </message>
    <message>
        <source>The license server does not support this for the product&apos;s features.</source>
        <translation>ライセンスサーバーは、この製品の機能についてこれをサポートしていません。</translation>
    </message>
    <message>
        <source>An active license is needed</source>
        <translation>有効なライセンスが必要です</translation>
    </message>
    <message>
        <source>The license server answers this only for a device with an active license.</source>
        <translation>ライセンスサーバーは、有効なライセンスを持つデバイスにのみこれに応答します。</translation>
    </message>
    <message>
        <source>Activate (or check) the license first, then try again.</source>
        <translation>先にライセンスをアクティベート（または確認）してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No such version</source>
        <translation>そのバージョンはありません</translation>
    </message>
    <message>
        <source>The license server has no installation file for that version.</source>
        <translation>ライセンスサーバーには、そのバージョンのインストールファイルがありません。</translation>
    </message>
    <message>
        <source>Ask for the latest version (without a version), or check its name.</source>
        <translation>最新バージョンを指定なしで要求するか、バージョン名を確認してください。</translation>
    </message>
    <message>
        <source>Your clock is wrong</source>
        <translation>時計が正しくありません</translation>
    </message>
    <message>
        <source>The license server rejected the request because this computer&apos;s date or time differs from the real time by more than 15 minutes.{skew}</source>
        <translation>このコンピューターの日付または時刻が実際の時刻と15分以上ずれているため、ライセンスサーバーがリクエストを拒否しました。{skew}</translation>
    </message>
    <message>
        <source>Set the correct date, time and time zone (turn on automatic time), then try again.</source>
        <translation>正しい日付、時刻、タイムゾーンを設定して（時刻の自動設定をオンにして）から、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The program&apos;s credentials were rejected</source>
        <translation>プログラムの認証情報が拒否されました</translation>
    </message>
    <message>
        <source>The license server did not accept this program&apos;s request signature.</source>
        <translation>ライセンスサーバーがこのプログラムのリクエスト署名を受け付けませんでした。</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (its shared key). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>これはプログラムの設定の問題です（共有キー）。ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>The license server does not recognise this program&apos;s API key.</source>
        <translation>ライセンスサーバーがこのプログラムのAPIキーを認識できません。</translation>
    </message>
    <message>
        <source>This is a setup problem of the program. Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>これはプログラムの設定の問題です。ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>The program&apos;s request was incomplete</source>
        <translation>プログラムのリクエストが不完全でした</translation>
    </message>
    <message>
        <source>The request was missing authorisation details.</source>
        <translation>リクエストに認可情報がありませんでした。</translation>
    </message>
    <message>
        <source>The program&apos;s request was malformed</source>
        <translation>プログラムのリクエストの形式が正しくありませんでした</translation>
    </message>
    <message>
        <source>The request&apos;s authorisation header was not valid.</source>
        <translation>リクエストの認可ヘッダーが無効でした。</translation>
    </message>
    <message>
        <source>The program&apos;s request was not signed</source>
        <translation>プログラムのリクエストが署名されていませんでした</translation>
    </message>
    <message>
        <source>The license server requires signed requests.</source>
        <translation>ライセンスサーバーでは署名付きリクエストが必要です。</translation>
    </message>
    <message>
        <source>The program&apos;s credentials do not cover this product</source>
        <translation>プログラムの認証情報はこの製品に対応していません</translation>
    </message>
    <message>
        <source>The API key this program uses may not activate this product.</source>
        <translation>このプログラムが使用するAPIキーでは、この製品をアクティベートできません。</translation>
    </message>
    <message>
        <source>The request was incomplete</source>
        <translation>リクエストが不完全でした</translation>
    </message>
    <message>
        <source>The license server said: {message}</source>
        <translation>ライセンスサーバーからの応答：{message}</translation>
    </message>
    <message>
        <source>No device identity</source>
        <translation>デバイスIDがありません</translation>
    </message>
    <message>
        <source>The request did not identify this device.</source>
        <translation>リクエストでこのデバイスが識別されませんでした。</translation>
    </message>
    <message>
        <source>License key required</source>
        <translation>ライセンスキーが必要です</translation>
    </message>
    <message>
        <source>This product is activated with a license key.</source>
        <translation>この製品はライセンスキーでアクティベートします。</translation>
    </message>
    <message>
        <source>Enter your license key and try again.</source>
        <translation>ライセンスキーを入力して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>E-mail or password not accepted</source>
        <translation>メールアドレスまたはパスワードが受け付けられませんでした</translation>
    </message>
    <message>
        <source>The license server did not accept this e-mail address and password, or the account has no license for this product.</source>
        <translation>ライセンスサーバーがこのメールアドレスとパスワードを受け付けなかったか、アカウントにこの製品のライセンスがありません。</translation>
    </message>
    <message>
        <source>Check the e-mail address and the password (letter case matters), then try again. Forgot the password? Reset it, or ask whoever gave you the account.</source>
        <translation>メールアドレスとパスワード（大文字と小文字は区別されます）を確認してから、もう一度お試しください。パスワードを忘れた場合は、リセットするか、アカウントを発行した担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Trial not found</source>
        <translation>試用版が見つかりません</translation>
    </message>
    <message>
        <source>The license server did not find the trial it had just started.</source>
        <translation>ライセンスサーバーが、開始したばかりの試用版を見つけられませんでした。</translation>
    </message>
    <message>
        <source>This product uses license keys</source>
        <translation>この製品はライセンスキーを使用します</translation>
    </message>
    <message>
        <source>The license server expects a license key for this product, not an account.</source>
        <translation>この製品では、ライセンスサーバーはアカウントではなくライセンスキーを必要とします。</translation>
    </message>
    <message>
        <source>Go back to the first page and choose &quot;I have a license key&quot;.</source>
        <translation>最初のページに戻り、「ライセンスキーを持っている」を選択してください。</translation>
    </message>
    <message>
        <source>All seats of this license are in use</source>
        <translation>このライセンスの台数枠はすべて使用中です</translation>
    </message>
    <message>
        <source>The license your account uses is already activated on the maximum number of devices.</source>
        <translation>アカウントで使用しているライセンスは、すでに上限台数のデバイスでアクティベートされています。</translation>
    </message>
    <message>
        <source>Deactivate it on a device you no longer use, pick another license if your account has one, or ask your administrator for more seats.</source>
        <translation>使用しなくなったデバイスで無効化するか、アカウントに別のライセンスがあればそれを選択するか、管理者に台数枠の追加を依頼してください。</translation>
    </message>
    <message>
        <source>Product not available</source>
        <translation>製品を利用できません</translation>
    </message>
    <message>
        <source>The vendor has disabled this product on the license server.</source>
        <translation>販売元がライセンスサーバーでこの製品を利用停止にしています。</translation>
    </message>
    <message>
        <source>Product no longer available</source>
        <translation>製品は利用できなくなりました</translation>
    </message>
    <message>
        <source>The vendor has archived this product on the license server.</source>
        <translation>販売元がライセンスサーバーでこの製品をアーカイブしました。</translation>
    </message>
    <message>
        <source>This product uses another way to activate</source>
        <translation>この製品は別の方法でアクティベートします</translation>
    </message>
    <message>
        <source>The license server expects the other kind of activation for this product (a license key instead of an account, or the reverse).</source>
        <translation>この製品では、ライセンスサーバーは別の種類のアクティベーション（アカウントではなくライセンスキー、またはその逆）を必要とします。</translation>
    </message>
    <message>
        <source>Go back to the first page and choose the other way. If none works, contact the vendor&apos;s support.</source>
        <translation>最初のページに戻り、別の方法を選択してください。どの方法でもうまくいかない場合は、販売元のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>No free trial for this product</source>
        <translation>この製品には無料試用版がありません</translation>
    </message>
    <message>
        <source>The vendor does not offer a trial of this product, or not to this device.</source>
        <translation>販売元はこの製品の試用版を提供していないか、このデバイスには提供していません。</translation>
    </message>
    <message>
        <source>Buy a license, or ask the vendor about a trial. If you already have a key or an account, go back and use that.</source>
        <translation>ライセンスを購入するか、試用版について販売元にお問い合わせください。すでにキーまたはアカウントをお持ちの場合は、前に戻ってそちらを使用してください。</translation>
    </message>
    <message>
        <source>Your trial has ended</source>
        <translation>試用期間が終了しました</translation>
    </message>
    <message>
        <source>The free trial of this product on this device is over.</source>
        <translation>このデバイスでのこの製品の無料試用期間は終了しました。</translation>
    </message>
    <message>
        <source>Buy a license to go on using it; then activate with its key or your account.</source>
        <translation>引き続き使用するにはライセンスを購入し、そのキーまたはアカウントでアクティベートしてください。</translation>
    </message>
    <message>
        <source>E-mail address needed</source>
        <translation>メールアドレスが必要です</translation>
    </message>
    <message>
        <source>A trial of this product is tied to an e-mail address, and none was given.</source>
        <translation>この製品の試用版にはメールアドレスが必要ですが、入力されていません。</translation>
    </message>
    <message>
        <source>Enter your e-mail address and try again.</source>
        <translation>メールアドレスを入力して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Password cannot be changed here</source>
        <translation>ここではパスワードを変更できません</translation>
    </message>
    <message>
        <source>The vendor does not allow changing this account&apos;s password from the program.</source>
        <translation>販売元は、このアカウントのパスワードをプログラムから変更することを許可していません。</translation>
    </message>
    <message>
        <source>Keep using your current password, or change it in the vendor&apos;s customer portal.</source>
        <translation>現在のパスワードを引き続き使用するか、販売元のカスタマーポータルで変更してください。</translation>
    </message>
    <message>
        <source>Organisation not found</source>
        <translation>組織が見つかりません</translation>
    </message>
    <message>
        <source>The license server does not know the organisation (customer account) given.</source>
        <translation>指定された組織（顧客アカウント）はライセンスサーバーに登録されていません。</translation>
    </message>
    <message>
        <source>Check the organisation code with your administrator, then try again.</source>
        <translation>組織コードを管理者に確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>顧客が見つかりません</translation>
    </message>
    <message>
        <source>The license server does not know that customer.</source>
        <translation>その顧客はライセンスサーバーに登録されていません。</translation>
    </message>
    <message>
        <source>Check the e-mail address, or contact the vendor&apos;s support.</source>
        <translation>メールアドレスを確認するか、販売元のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>リクエストが受け付けられませんでした</translation>
    </message>
    <message>
        <source>The program&apos;s sign-in to the license server expired</source>
        <translation>ライセンスサーバーへのプログラムのサインインの有効期限が切れました</translation>
    </message>
    <message>
        <source>The license server no longer accepted the program&apos;s access token, even after a fresh one was fetched.</source>
        <translation>新しいアクセストークンを取得した後も、ライセンスサーバーはプログラムのアクセストークンを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The program&apos;s sign-in to the license server failed</source>
        <translation>ライセンスサーバーへのプログラムのサインインに失敗しました</translation>
    </message>
    <message>
        <source>The license server did not accept the program&apos;s access token.</source>
        <translation>ライセンスサーバーがプログラムのアクセストークンを受け付けませんでした。</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (its OAuth client). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>これはプログラムの設定の問題です（OAuthクライアント）。ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>The sign-in server refused this program&apos;s OAuth client.</source>
        <translation>サインインサーバーがこのプログラムのOAuthクライアントを拒否しました。</translation>
    </message>
    <message>
        <source>This is a setup problem of the program (client id or secret). Contact the software vendor&apos;s support and quote the code below.</source>
        <translation>これはプログラムの設定の問題です（クライアントIDまたはシークレット）。ソフトウェア販売元のサポートに問い合わせ、以下のコードをお伝えください。</translation>
    </message>
    <message>
        <source>The program could not sign in to the license server</source>
        <translation>プログラムがライセンスサーバーにサインインできませんでした</translation>
    </message>
    <message>
        <source>The sign-in server answered without a usable access token.</source>
        <translation>サインインサーバーの応答に、使用できるアクセストークンが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>入力内容を確認してください</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}：{problem}。</translation>
    </message>
    <message>
        <source>Correct it and try again; nothing was sent.</source>
        <translation>修正してから、もう一度お試しください。何も送信されていません。</translation>
    </message>
    <message>
        <source>Single sign-on did not succeed</source>
        <translation>組織でのサインインに失敗しました</translation>
    </message>
    <message>
        <source>Signing in through your organisation failed.</source>
        <translation>組織を通じたサインインに失敗しました。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, contact your IT department or the vendor&apos;s support.</source>
        <translation>もう一度お試しください。失敗が続く場合は、IT部門または販売元のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>That sign-in answer cannot be used</source>
        <translation>このサインイン応答は使用できません</translation>
    </message>
    <message>
        <source>The address or code given is not the answer to this sign-in: {reason}.</source>
        <translation>指定されたアドレスまたはコードは、このサインインに対する応答ではありません：{reason}。</translation>
    </message>
    <message>
        <source>Sign in once more</source>
        <translation>もう一度サインインしてください</translation>
    </message>
    <message>
        <source>Sign in with your organisation again; no extra seat is used. (Your browser may not even ask for the password.)</source>
        <translation>組織でもう一度サインインしてください。台数枠が追加で使用されることはありません。（ブラウザーでパスワードを求められないこともあります。）</translation>
    </message>
    <message>
        <source>The file is not a license file from the vendor&apos;s offline portal: {reason}.</source>
        <translation>このファイルは、販売元のオフラインポータルから発行されたライセンスファイルではありません：{reason}。</translation>
    </message>
    <message>
        <source>Sign in with that account&apos;s password (shown when the trial began, or the one you chose since).</source>
        <translation>そのアカウントのパスワード（試用版の開始時に表示されたもの、またはその後に設定したもの）でサインインしてください。</translation>
    </message>
    <message>
        <source>This is not a saved activation</source>
        <translation>保存されたアクティベーションではありません</translation>
    </message>
    <message>
        <source>{path} is not a recovery file saved by this wizard: it holds something else, or it was cut short.</source>
        <translation>{path} はこのウィザードで保存された復元ファイルではありません。別の内容が含まれているか、途中で切れています。</translation>
    </message>
    <message>
        <source>Choose the file saved with “Save activation to a file…” (a .json file). Nothing on this computer was changed.</source>
        <translation>「アクティベーションをファイルに保存…」で保存したファイル（.json ファイル）を選んでください。このコンピューターでは何も変更されていません。</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <source>The SDK&apos;s license file cannot be taken over</source>
        <translation>SDK のライセンスファイルを引き継げません</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}。</translation>
    </message>
    <message>
        <source>Nothing on this computer was changed, and the license keeps its seat. Activate in the wizard instead, or ask the program&apos;s vendor.</source>
        <translation>このコンピューターでは何も変更されておらず、ライセンスの席もそのままです。代わりにウィザードでアクティベートするか、プログラムのベンダーにお問い合わせください。</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} を読み込めませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location, then try again.</source>
        <translation>ファイルの名前と場所を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>ファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} に書き込めませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Choose another name or folder, then try again.</source>
        <translation>別の名前またはフォルダーを選んでから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keyring did not answer</source>
        <translation>キーリングが応答しませんでした</translation>
    </message>
    <message>
        <source>The system credential store (keyring) did not answer within {waited}: it may be waiting for its password in a prompt that is not shown here, or it is not responding.</source>
        <translation>システムの資格情報ストア（キーリング）が {waited} 以内に応答しませんでした。ここには表示されていないダイアログでパスワードを待っているか、応答していない可能性があります。</translation>
    </message>
    <message>
        <source>Unlock the keyring (or restart your session), then try again. Scripts can wait longer with ACTIVATION_WIZARD_KEYRING_TIMEOUT.</source>
        <translation>キーリングのロックを解除する（またはセッションを再起動する）と、もう一度お試しください。スクリプトでは ACTIVATION_WIZARD_KEYRING_TIMEOUT で待ち時間を延ばせます。</translation>
    </message>
    <message>
        <source>The activation is in use</source>
        <translation>アクティベーションは使用中です</translation>
    </message>
    <message>
        <source>Another program (another window of the activation wizard, or the product itself) is changing the saved activation and did not finish within {waited}.</source>
        <translation>別のプログラム（アクティベーションウィザードの別のウィンドウ、または製品そのもの）が保存されたアクティベーションを変更しており、{waited} 以内に終わりませんでした。</translation>
    </message>
    <message>
        <source>Close the other activation windows (one may be waiting for the keyring&apos;s password), then try again.</source>
        <translation>ほかのアクティベーションウィンドウを閉じて（キーリングのパスワードを待っているものがあるかもしれません）、もう一度お試しください。</translation>
    </message>
    <message>
        <source> (the server asks for {wait})</source>
        <translation>（サーバーの指定: {wait}）</translation>
    </message>
    <message>
        <source> It asks to try again in {wait}.</source>
        <translation>{wait}後に再試行するよう求めています。</translation>
    </message>
    <message>
        <source> This computer&apos;s clock is about {amount} ahead of the server&apos;s.</source>
        <translation>このコンピューターの時計はサーバーより約{amount}進んでいます。</translation>
    </message>
    <message>
        <source> This computer&apos;s clock is about {amount} behind the server&apos;s.</source>
        <translation>このコンピューターの時計はサーバーより約{amount}遅れています。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again in the browser, then copy the whole address from the browser&apos;s address bar once the page says you are signed in.</source>
        <translation>ブラウザーでもう一度サインインし、サインインしたことがページに表示されたら、ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>the policy file is not one, or has fields a license cannot have</source>
        <translation>ポリシーファイルではないか、ライセンスにあり得ない項目があります</translation>
    </message>
    <message>
        <source>the program&apos;s air-gap key (airgap.public_key) is not a P-256 key: its vendor must correct it; no code was made</source>
        <translation>プログラムのエアギャップ キー (airgap.public_key) が P-256 キーではありません。ベンダーによる修正が必要です。コードは作成されていません</translation>
    </message>
    <message>
        <source>this confirmation code&apos;s seat was given back when this computer was deactivated: ask the portal for a new one</source>
        <translation>この確認コードの席は、このコンピューターの非アクティブ化で返却済みです。ポータルで新しいコードを取得してください</translation>
    </message>
    <message>
        <source>this is not the initialization code the license was activated with here: the portal would refuse its code, and the activation was kept</source>
        <translation>このライセンスのアクティベーションに使った初期化コードではありません。ポータルがそのコードを拒否するため、アクティベーションはそのまま残しました</translation>
    </message>
    <message>
        <source>this computer&apos;s activation was not made with codes: deactivate it online or by file</source>
        <translation>このコンピューターのアクティベーションはコードで行われていません。オンラインまたはファイルで非アクティブ化してください</translation>
    </message>
    <message>
        <source>this activation was made with codes read out, and the license server does not know it: it is freed with a deactivation code (airgap deactivate)</source>
        <translation>このアクティベーションは読み上げたコードで行われ、ライセンスサーバーは把握していません。非アクティブ化コードで解放してください (airgap deactivate)</translation>
    </message>
    <message>
        <source>The setting {field} is not set (looked in: {source}): {problem}.</source>
        <translation>設定 {field} がありません (確認した場所: {source}): {problem}。</translation>
    </message>
    <message>
        <source>The settings file cannot be read</source>
        <translation>設定ファイルを読み取れません</translation>
    </message>
    <message>
        <source>Correct the file (often a missing quote or bracket on the line named), or ask the software vendor for a working one.</source>
        <translation>ファイルを修正するか（多くの場合、示された行で引用符または括弧が不足しています）、正しく動作するファイルをソフトウェア販売元に問い合わせてください。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. Nothing was changed.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>Check that you are online (and any proxy or VPN settings), then try again. Nothing was changed.</source>
        <translation>インターネットに接続されているか（およびプロキシやVPNの設定）を確認してから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>Check your internet connection, firewall or proxy, then try again. Nothing was changed.</source>
        <translation>インターネット接続、ファイアウォール、プロキシを確認してから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>No answer came back in time. The server may or may not have acted on the request.</source>
        <translation>時間内に応答がありませんでした。サーバーがリクエストを処理したかどうかはわかりません。</translation>
    </message>
    <message>
        <source>Try again: trying again on this device does not use another seat.</source>
        <translation>もう一度お試しください。このデバイスで再試行しても、台数枠が追加で使用されることはありません。</translation>
    </message>
    <message>
        <source>Your organisation did not sign you in</source>
        <translation>組織でサインインできませんでした</translation>
    </message>
    <message>
        <source>The sign-in page answered: {detail}.</source>
        <translation>サインインページからの応答：{detail}。</translation>
    </message>
    <message>
        <source>Try again, or ask your IT department whether your account may use this product.</source>
        <translation>もう一度お試しいただくか、お使いのアカウントでこの製品を使用できるかどうかIT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>Sign-in took too long</source>
        <translation>サインインに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>No answer came back from the browser within {waited}.</source>
        <translation>{waited}以内にブラウザーから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser, or paste the address the browser ended on.</source>
        <translation>サインインをやり直してブラウザーで完了するか、ブラウザーに最終的に表示されたアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Cannot wait for the browser</source>
        <translation>ブラウザーからの応答を待機できません</translation>
    </message>
    <message>
        <source>Port {port} on this computer, where the browser is sent back after signing in, is used by another program.</source>
        <translation>サインイン後にブラウザーの戻り先となる、このコンピューターのポート{port}は、別のプログラムが使用しています。</translation>
    </message>
    <message>
        <source>Close the other program and try again, or paste the address the browser ends on.</source>
        <translation>別のプログラムを終了してもう一度お試しいただくか、ブラウザーに最終的に表示されるアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>The license server does not know the organisation code {account}.</source>
        <translation>組織コード{account}はライセンスサーバーに登録されていません。</translation>
    </message>
    <message>
        <source>Check the code with your IT department (letter case matters), then try again.</source>
        <translation>コードをIT部門に確認してから（大文字と小文字は区別されます）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No license for your account</source>
        <translation>アカウントにライセンスがありません</translation>
    </message>
    <message>
        <source>You signed in, but your organisation account has no license for this product, or the sign-in answer was already used or expired.</source>
        <translation>サインインしましたが、組織アカウントにこの製品のライセンスがないか、サインイン応答が使用済みまたは期限切れです。</translation>
    </message>
    <message>
        <source>Sign in again. If it keeps happening, ask your administrator for a license.</source>
        <translation>もう一度サインインしてください。問題が続く場合は、管理者にライセンスを依頼してください。</translation>
    </message>
    <message>
        <source>Another license is active on this device</source>
        <translation>このデバイスでは別のライセンスがアクティブです</translation>
    </message>
    <message>
        <source>This device is activated with {current}. Activating another license here would leave that seat counted on the server.</source>
        <translation>このデバイスは{current}でアクティベートされています。ここで別のライセンスをアクティベートすると、現在の台数枠がサーバー上で使用中のまま残ります。</translation>
    </message>
    <message>
        <source>Deactivate it first (it frees its seat), or replace it: in the wizard with Use another license, on the command line with activate --replace.</source>
        <translation>先に無効化する（台数枠が解放されます）か、置き換えてください。ウィザードでは「別のライセンスを使用」、コマンドラインではactivate --replaceを使用します。</translation>
    </message>
    <message>
        <source>That file cannot be read</source>
        <translation>このファイルは読み取れません</translation>
    </message>
    <message>
        <source>Use the .lic file the portal gave you for this computer&apos;s request (or paste its whole text), then try again.</source>
        <translation>このコンピューターのリクエストに対してポータルから発行された.licファイルを使用して（またはそのテキスト全体を貼り付けて）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>That license file cannot be used here</source>
        <translation>このライセンスファイルはここでは使用できません</translation>
    </message>
    <message>
        <source>The license file was refused: {reason}.</source>
        <translation>ライセンスファイルが拒否されました：{reason}。</translation>
    </message>
    <message>
        <source>Upload this computer&apos;s current request file to the vendor&apos;s offline portal and load the license file it gives back.</source>
        <translation>このコンピューターの現在のリクエストファイルを販売元のオフラインポータルにアップロードし、発行されたライセンスファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>No license can be activated</source>
        <translation>アクティベートできるライセンスがありません</translation>
    </message>
    <message>
        <source>You signed in, but none of your account&apos;s licenses for this product can be activated now: {detail}.</source>
        <translation>サインインしましたが、アカウントにあるこの製品のライセンスはどれも現在アクティベートできません：{detail}。</translation>
    </message>
    <message>
        <source>Ask your administrator or the vendor for a license, or use a license key.</source>
        <translation>管理者または販売元にライセンスを依頼するか、ライセンスキーを使用してください。</translation>
    </message>
    <message>
        <source>You already have a trial account</source>
        <translation>試用版のアカウントはすでに存在します</translation>
    </message>
    <message>
        <source>A trial for {email} was started before, so the license server did not create a new password.</source>
        <translation>{email}の試用版はすでに開始されているため、ライセンスサーバーは新しいパスワードを作成しませんでした。</translation>
    </message>
    <message>
        <source>Could not save the activation</source>
        <translation>アクティベーションを保存できませんでした</translation>
    </message>
    <message>
        <source>Saving the activation on this computer failed.</source>
        <translation>このコンピューターへのアクティベーションの保存に失敗しました。</translation>
    </message>
    <message>
        <source>Check free disk space and permissions, then try again.</source>
        <translation>ディスクの空き容量とアクセス許可を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No secure credential store</source>
        <translation>安全な資格情報ストアがありません</translation>
    </message>
    <message>
        <source>This computer has no usable credential store (keyring) for the activation.</source>
        <translation>このコンピューターには、アクティベーションに使用できる資格情報ストア（キーリング）がありません。</translation>
    </message>
    <message>
        <source>On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet and log in to a desktop session, then try again.</source>
        <translation>Linuxでは、GNOME KeyringやKWalletなどのSecret Serviceプロバイダーをインストールして起動し、デスクトップセッションにログインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Credential store is locked</source>
        <translation>資格情報ストアがロックされています</translation>
    </message>
    <message>
        <source>The system credential store (keyring) is locked, or its password prompt was dismissed or could not be shown.</source>
        <translation>システムの資格情報ストア（キーリング）がロックされているか、パスワードの入力画面が閉じられたか表示できませんでした。</translation>
    </message>
    <message>
        <source>Try again and enter your keyring (usually your login) password when the system asks; without a desktop session, unlock the keyring first (for example with gnome-keyring-daemon --unlock).</source>
        <translation>もう一度実行し、システムから求められたらキーリングのパスワード（通常はログインパスワード）を入力してください。デスクトップセッションがない場合は、先にキーリングのロックを解除してください（例：gnome-keyring-daemon --unlock）。</translation>
    </message>
    <message>
        <source>The keyring&apos;s password request was dismissed</source>
        <translation>キーリングのパスワード要求が閉じられました</translation>
    </message>
    <message>
        <source>The system asked for the password of the keyring that keeps the activation (to create or to unlock it), and the request was dismissed or could not be shown.</source>
        <translation>アクティベーションを保管するキーリングのパスワードがシステムから求められましたが（キーリングの作成またはロック解除のため）、その要求が閉じられたか、表示できませんでした。</translation>
    </message>
    <message>
        <source>Try again and answer the system&apos;s password window. Without a desktop session, unlock or create the keyring first (for example with gnome-keyring-daemon --unlock).</source>
        <translation>もう一度実行し、システムのパスワード入力ウィンドウに応答してください。デスクトップセッションがない場合は、先にキーリングのロックを解除するか作成してください（例：gnome-keyring-daemon --unlock）。</translation>
    </message>
    <message>
        <source>Access to the credential store was denied</source>
        <translation>資格情報ストアへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>The system refused this program access to the credential store.</source>
        <translation>システムにより、このプログラムの資格情報ストアへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Allow this program to use the keyring when asked, then try again.</source>
        <translation>確認を求められたら、このプログラムにキーリングの使用を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Activation by codes: not done</source>
        <translation>コードによるアクティベーション: 実行されませんでした</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>このコンピューターでは何も変更されていません。</translation>
    </message>
    <message>
        <source>Cannot write the activation folder</source>
        <translation>アクティベーションフォルダーに書き込めません</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>フォルダー{path}に書き込めません。</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>フォルダーのアクセス許可と空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The saved activation is not valid</source>
        <translation>保存されたアクティベーションは無効です</translation>
    </message>
    <message>
        <source>The activation stored on this computer was rejected: {reason}.</source>
        <translation>このコンピューターに保存されたアクティベーションは拒否されました：{reason}。</translation>
    </message>
    <message>
        <source>{todo}</source>
        <translation>{todo}</translation>
    </message>
    <message>
        <source>The activation changed meanwhile</source>
        <translation>アクティベーションが途中で変更されました</translation>
    </message>
    <message>
        <source>While the license server was being asked, the activation on this computer was deactivated or replaced, so the answer no longer applies.</source>
        <translation>ライセンスサーバーへの問い合わせ中に、このコンピューターのアクティベーションが無効化または置き換えられたため、その応答は適用されなくなりました。</translation>
    </message>
    <message>
        <source>Look at the current state (the wizard&apos;s status page, or activation-wizard status).</source>
        <translation>現在の状態を確認してください（ウィザードの状態ページ、またはactivation-wizard status）。</translation>
    </message>
    <message>
        <source>Another activation finished first</source>
        <translation>別のアクティベーションが先に完了しました</translation>
    </message>
    <message>
        <source>While this activation was in progress, {winner} was activated on this device (another window or program). One license per device: this one was undone and its seat freed again.</source>
        <translation>このアクティベーションの実行中に、このデバイスで{winner}がアクティベートされました（別のウィンドウまたはプログラムから）。1台のデバイスで使用できるライセンスは1つだけのため、このアクティベーションは取り消され、台数枠は解放されました。</translation>
    </message>
    <message>
        <source>Keep the one that is active, or replace it with Use another license.</source>
        <translation>アクティブなライセンスをそのまま使用するか、「別のライセンスを使用」で置き換えてください。</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>アクティベートされていません</translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation>この製品は、このコンピューターではまだアクティベートされていません。</translation>
    </message>
    <message>
        <source>Run the activation wizard, or &apos;activation-wizard activate --license-key KEY&apos;.</source>
        <translation>アクティベーションウィザードを実行するか、&apos;activation-wizard activate --license-key KEY&apos;を実行してください。</translation>
    </message>
    <message>
        <source>the file is larger than a license file can be</source>
        <translation>ライセンスファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>it is not base64 text</source>
        <translation>base64形式のテキストではありません</translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation>途中で切れているか、破損しています</translation>
    </message>
    <message>
        <source>it holds something else</source>
        <translation>別の内容が含まれています</translation>
    </message>
    <message>
        <source>this is a request file: upload it to the offline portal, then load the license file the portal gives back</source>
        <translation>これはリクエストファイルです。オフラインポータルにアップロードしてから、ポータルから発行されたライセンスファイルを読み込んでください</translation>
    </message>
    <message>
        <source>the answer belongs to another sign-in (state)</source>
        <translation>別のサインインに対する応答です（state）</translation>
    </message>
    <message>
        <source>it holds neither a code nor a token</source>
        <translation>コードもトークンも含まれていません</translation>
    </message>
    <message>
        <source>nothing was pasted</source>
        <translation>何も貼り付けられていません</translation>
    </message>
    <message>
        <source>that is not a code or an address</source>
        <translation>コードでもアドレスでもありません</translation>
    </message>
    <message numerus="yes">
        <source> The license has %n seat(s).</source>
        <translation>
            <numerusform> このライセンスの席数は %n です。</numerusform>
        </translation>
    </message>
    <message>
        <source>this feature does not count uses</source>
        <translation>この機能は使用回数を数えません</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>An interrupted sign-in with the organisation {who} is checked with the license server the next time you sign in with it.</source>
        <translation>組織 {who} での中断されたサインインは、次回その組織でサインインしたときにライセンスサーバーで確認されます。</translation>
    </message>
    <message>
        <source>The interrupted activation of {who} has not reached the server so far. It is checked again the next time this program starts.</source>
        <translation>{who} の中断されたアクティベーションは、まだサーバーに届いていません。次回このプログラムを起動したときに再度確認されます。</translation>
    </message>
    <message>
        <source>The interrupted activation of {who} had not reached the server: no seat was used.</source>
        <translation>{who} の中断されたアクティベーションはサーバーに届いていませんでした。台数枠は使用されていません。</translation>
    </message>
    <message>
        <source>The activation of {who} you cancelled had reached the server; its seat was freed again.</source>
        <translation>キャンセルした {who} のアクティベーションはサーバーに届いていました。その台数枠は再び解放されました。</translation>
    </message>
    <message>
        <source>An interrupted activation of {who} had reached the server; it is now saved on this computer.</source>
        <translation>{who} の中断されたアクティベーションはサーバーに届いていました。現在はこのコンピューターに保存されています。</translation>
    </message>
    <message>
        <source>An interrupted activation of {who} had reached the server, but another license is active here; release that seat in the vendor&apos;s customer portal.</source>
        <translation>{who} の中断されたアクティベーションはサーバーに届いていましたが、このコンピューターでは別のライセンスが有効です。その台数枠は販売元のカスタマーポータルで解放してください。</translation>
    </message>
    <message>
        <source>The interrupted deactivation of {who} is finished: its seat is free and the activation is removed from this computer.</source>
        <translation>{who} の中断された非アクティブ化は完了しました。台数枠は解放され、アクティベーションはこのコンピューターから削除されました。</translation>
    </message>
    <message>
        <source>The deactivation of {who} you cancelled had not reached the server; this computer stays activated.</source>
        <translation>キャンセルした {who} の非アクティブ化はサーバーに届いていませんでした。このコンピューターはアクティベートされたままです。</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>disabled by the vendor</source>
        <translation>販売元により利用停止</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>有効期限切れ</translation>
    </message>
    <message>
        <source>Perpetual</source>
        <translation>永続</translation>
    </message>
    <message>
        <source>Time-limited</source>
        <translation>期間限定</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>従量制</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>{when} (ended; in its grace period until {until})</source>
        <translation>{when}（終了。猶予期間は {until} まで）</translation>
    </message>
    <message>
        <source>{when} (expired)</source>
        <translation>{when}（期限切れ）</translation>
    </message>
    <message>
        <source>{when} (less than a day left)</source>
        <translation>{when}（残り1日未満）</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%n day(s) left)</source>
        <translation>
            <numerusform>{when}（残り %n 日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (unlimited)</source>
        <translation>
            <numerusform>%n台（無制限）</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} of {limit}</source>
        <translation>{limit}台中{used}台</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Also in the bundle</source>
        <translation>同じバンドルに含まれる製品</translation>
    </message>
    <message>
        <source>Licensed to</source>
        <translation>ライセンス所有者</translation>
    </message>
    <message>
        <source>{type} (trial)</source>
        <translation>{type}（試用版）</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>ライセンスの種類</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Devices activated</source>
        <translation>アクティベート済みデバイス</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>{when} まで</translation>
    </message>
    <message>
        <source>ended {when} (this version keeps working)</source>
        <translation>{when} に終了（このバージョンは引き続き使えます）</translation>
    </message>
    <message>
        <source>Floating seats</source>
        <translation>フローティング席</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>a floating license</source>
        <translation>フローティングライセンス</translation>
    </message>
    <message>
        <source>{count} of feature {code}</source>
        <translation>機能 {code} の {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), shared</source>
        <translation>
            <numerusform>%n 席（共有）</numerusform>
        </translation>
    </message>
    <message>
        <source>; borrowed by this computer until {when}</source>
        <translation>、このコンピューターが {when} まで借用中</translation>
    </message>
    <message>
        <source>A floating license: this computer takes a seat while the program runs.</source>
        <translation>フローティングライセンスです。プログラムの実行中、このコンピューターが 1 席を使用します。</translation>
    </message>
    <message numerus="yes">
        <source>A floating license: this computer takes one of %n seat(s) while the program runs.</source>
        <translation>
            <numerusform>フローティングライセンスです。プログラムの実行中、このコンピューターが %n 席のうち 1 席を使用します。</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} used (unlimited)</source>
        <translation>{used} 使用（無制限）</translation>
    </message>
    <message>
        <source>{used} of {limit} used</source>
        <translation>{limit} 中 {used} 使用</translation>
    </message>
    <message>
        <source>; up to {more} more allowed</source>
        <translation>、さらに {more} まで超過可能</translation>
    </message>
    <message>
        <source>; resets {period}</source>
        <translation>、{period}リセット</translation>
    </message>
    <message>
        <source>{name} (until {when})</source>
        <translation>{name}（{when} まで）</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name}（終了）</translation>
    </message>
    <message>
        <source>This license ended on {ended}. It keeps working until {until}: renew it before then to keep using it.</source>
        <translation>このライセンスは {ended} に終了しました。{until} までは引き続き使えます。使い続けるには、それまでに更新してください。</translation>
    </message>
    <message>
        <source>{when} (overdue: connect and check)</source>
        <translation>{when}（期限切れ: 接続して確認してください）</translation>
    </message>
    <message>
        <source>{when} (due now)</source>
        <translation>{when}（確認の時期です）</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>Secret Service keyring</source>
        <translation>キーリング（Secret Service）</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
</context>
</TS>
