<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventMarkers</name>
    <message>
        <location filename="../event_markers.cpp" line="15"/>
        <source>ignition</source>
        <translation>点火</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="16"/>
        <source>flame-out</source>
        <translation>熄火</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="18"/>
        <source>valve opened</source>
        <translation>阀门开启</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="19"/>
        <source>valve closed</source>
        <translation>阀门关闭</translation>
    </message>
</context>
<context>
    <name>QTableWidget</name>
    <message>
        <location filename="../measurement_table.cpp" line="11"/>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="11"/>
        <source>trial</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="11"/>
        <source>value</source>
        <translation>测得值</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="12"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="12"/>
        <source>limits</source>
        <translation>技术要求</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="12"/>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="13"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="41"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../verdict_style.cpp" line="27"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="28"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="29"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="30"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../verdict_style.cpp" line="9"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="10"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="11"/>
        <source>inconclusive</source>
        <translation>无法判定</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchDialog</name>
    <message>
        <location filename="../batch_dialog.cpp" line="23"/>
        <source>Register a sampling batch</source>
        <translation>登记抽样单</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="32"/>
        <source>Sampling number</source>
        <translation>抽样单号</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="40"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="41"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="42"/>
        <source>Brand</source>
        <translation>商标</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="43"/>
        <source>Model / specification</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="44"/>
        <source>Production date (YYYY-MM-DD)</source>
        <translation>生产日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="45"/>
        <source>or batch number</source>
        <translation>或批号</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="55"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="56"/>
        <source>Sampled unit</source>
        <translation>被抽样单位</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="61"/>
        <source>Sampling date</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="62"/>
        <source>Samplers (comma between names)</source>
        <translation>抽样人（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="67"/>
        <source>Units drawn</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="70"/>
        <source>supervision sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="71"/>
        <source>commissioned</source>
        <translation>委托检验</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="72"/>
        <source>Inspection type</source>
        <translation>检验类别</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="73"/>
        <source>a backup unit was drawn (sample code …-B)</source>
        <translation>已抽取备样（样品编号 …-B）</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="100"/>
        <source>Register the producer and the sampled unit first.</source>
        <translation>请先登记生产者和被抽样单位。</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchesSection</name>
    <message>
        <location filename="../batches_section.cpp" line="41"/>
        <source>Search: sampling number, sample code, product, enterprise, credit code</source>
        <translation>搜索：抽样单号、样品编号、产品、企业、信用代码</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="43"/>
        <source>Register enterprise…</source>
        <translation>登记企业…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="45"/>
        <source>Register sampling batch…</source>
        <translation>登记抽样单…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="54"/>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="54"/>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="54"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="54"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="57"/>
        <source>sampling number / sample</source>
        <translation>抽样单号 / 样品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="57"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="57"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="57"/>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="58"/>
        <source>sampling date</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="58"/>
        <source>inspection type</source>
        <translation>检验类别</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>run</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>profile</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="96"/>
        <source>supervision sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="97"/>
        <source>commissioned</source>
        <translation>委托检验</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="107"/>
        <source>test unit</source>
        <translation>检验样品</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="107"/>
        <source>backup unit</source>
        <translation>备样</translation>
    </message>
    <message numerus="yes">
        <location filename="../batches_section.cpp" line="108"/>
        <source>%n run(s)</source>
        <translation><numerusform>%n 次试验</numerusform></translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ChartsSection</name>
    <message>
        <location filename="../charts_section.cpp" line="31"/>
        <location filename="../charts_section.cpp" line="61"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="36"/>
        <source>last %1 s</source>
        <translation>最近 %1 秒</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="40"/>
        <source>Show recorded run</source>
        <translation>显示已记录的试验</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="45"/>
        <source>Recorded run</source>
        <translation>已记录的试验</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="49"/>
        <source>No run yet. Wheel or +/- zooms, drag or arrows pan, double-click follows the newest data.</source>
        <translation>尚无试验。滚轮或 +/- 缩放，拖动或方向键平移，双击跟随最新数据。</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="61"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="73"/>
        <source>(run %1 ended)</source>
        <translation>（试验 %1 已结束）</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="117"/>
        <source>Live: %1, %2</source>
        <translation>实时：%1，%2</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="212"/>
        <source>Recorded run #%1: %2, %3</source>
        <translation>已记录的试验 #%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::DevicesSection</name>
    <message>
        <location filename="../devices_section.cpp" line="29"/>
        <source>unconfigured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="30"/>
        <location filename="../devices_section.cpp" line="143"/>
        <source>configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="31"/>
        <source>active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="32"/>
        <source>armed</source>
        <translation>输出已使能</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="33"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="34"/>
        <source>faulted</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="50"/>
        <source>bus / device / channel</source>
        <translation>总线 / 设备 / 通道</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="50"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="50"/>
        <source>last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="50"/>
        <source>rate set (Hz)</source>
        <translation>设定采样率（Hz）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="51"/>
        <source>rate achieved (Hz)</source>
        <translation>实际采样率（Hz）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="51"/>
        <source>readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="56"/>
        <source>Serial port (RS-485 adapter)</source>
        <translation>串口（RS-485 转换器）</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="91"/>
        <source>No serial port on this machine.</source>
        <translation>本机没有串口。</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="103"/>
        <source>link up</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="103"/>
        <source>link down</source>
        <translation>连接断开</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="105"/>
        <source>%1 requests, %2 failed</source>
        <translation>%1 次请求，%2 次失败</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="127"/>
        <source>Station %1 running</source>
        <translation>工位 %1 运行中</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="138"/>
        <source>idle between runs</source>
        <translation>试验间空闲</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="143"/>
        <source>configured, critical</source>
        <translation>已配置，关键设备</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="152"/>
        <source>Station %1 (%2): no run, the bench rests in its safe state.</source>
        <translation>工位 %1（%2）：无试验，试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="156"/>
        <source>The station config does not load: %1</source>
        <translation>工位配置无法加载：%1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::EnterpriseDialog</name>
    <message>
        <location filename="../enterprise_dialog.cpp" line="18"/>
        <source>Register an enterprise</source>
        <translation>登记企业</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="28"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="29"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="34"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="35"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="36"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="37"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="57"/>
        <source>18 characters: digits and capital letters without I, O, Z, S, V</source>
        <translation>18 位：数字和大写字母（不含 I、O、Z、S、V）</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="60"/>
        <source>✔ the check character is right</source>
        <translation>✔ 校验码正确</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="66"/>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="69"/>
        <source>a character the code does not use (I, O, Z, S, V, lower case, punctuation)</source>
        <translation>含有代码不使用的字符（I、O、Z、S、V、小写字母、标点）</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="73"/>
        <source>wrong check character: it should be %1</source>
        <translation>校验码错误：应为 %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="28"/>
        <source>gasbench — gas appliance test station</source>
        <translation>gasbench — 燃气器具检测工位</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="35"/>
        <source>STOP  (Esc / F12)</source>
        <translation>停止  (Esc / F12)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="43"/>
        <source>No run. The bench rests in its safe state.</source>
        <translation>无试验。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="62"/>
        <source>Batches &amp;&amp; samples</source>
        <translation>抽样单与样品</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="63"/>
        <source>Run console</source>
        <translation>试验控制台</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="64"/>
        <source>Live charts</source>
        <translation>实时曲线</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="65"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="66"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="76"/>
        <source>Run %1: %2 on %3</source>
        <translation>试验 %1：%3 的 %2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="81"/>
        <source>Run %1 completed. The bench is in its safe state.</source>
        <translation>试验 %1 已完成。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="82"/>
        <source>Run %1 stopped. The bench is in its safe state.</source>
        <translation>试验 %1 已停止。试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="86"/>
        <source>Database: %1   Station: %2</source>
        <translation>数据库：%1   工位：%2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="109"/>
        <source>STOP pressed: putting the bench in its safe state…</source>
        <translation>已按停止：试验台正在进入安全状态…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="115"/>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126"/>
        <source>The language changes when the program is started again.</source>
        <translation>语言将在程序重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="133"/>
        <source>A run is going</source>
        <translation>试验进行中</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="134"/>
        <source>Stop the run, put the bench in its safe state and close?</source>
        <translation>停止试验、使试验台进入安全状态并关闭程序？</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::PromptDialog</name>
    <message>
        <location filename="../prompt_dialog.cpp" line="19"/>
        <source>The procedure asks</source>
        <translation>检验程序提示</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="45"/>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="52"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="57"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="57"/>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="101"/>
        <source>conforms</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="102"/>
        <source>nonconforming</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="103"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ReportsSection</name>
    <message>
        <location filename="../reports_section.cpp" line="22"/>
        <source>Choose a sample: its runs and measurements are what its report is made from.</source>
        <translation>选择样品：报告依据其试验和测量结果编制。</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="34"/>
        <source>run</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="34"/>
        <source>procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="34"/>
        <source>standard profile</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="34"/>
        <source>ended (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="34"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="35"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_section.cpp" line="123"/>
        <source>Sample %1: %n run(s)</source>
        <translation><numerusform>样品 %1：%n 次试验</numerusform></translation>
    </message>
</context>
<context>
    <name>gasbench::ui::RunConsole</name>
    <message>
        <location filename="../run_console.cpp" line="50"/>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="51"/>
        <source>Procedure</source>
        <translation>检验程序</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="57"/>
        <source>Simulated sample</source>
        <translation>模拟样品</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="63"/>
        <source>Start run</source>
        <translation>开始试验</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="69"/>
        <source>Choose a sample and a procedure, then start the run.</source>
        <translation>选择样品和检验程序，然后开始试验。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="108"/>
        <source>The run could not start: %1</source>
        <translation>试验无法开始：%1</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="196"/>
        <source>Starting the station…</source>
        <translation>正在启动工位…</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="215"/>
        <source>Run %1 is running. STOP (Esc / F12) puts the bench in its safe state.</source>
        <translation>试验 %1 进行中。按停止（Esc / F12）使试验台进入安全状态。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="222"/>
        <source>The bench is in its safe state.</source>
        <translation>试验台处于安全状态。</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="240"/>
        <source>Run %1 completed: %2</source>
        <translation>试验 %1 已完成：%2</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="244"/>
        <source>Run %1 %2: %3</source>
        <translation>试验 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="300"/>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::TimeChart</name>
    <message>
        <location filename="../time_chart.cpp" line="28"/>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
</context>
</TS>
