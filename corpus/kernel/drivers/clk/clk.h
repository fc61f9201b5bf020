/* Framework internals shared by clk.c and clkdev.c. */
struct clk;
struct clk_hw;
struct of_phandle_args;

struct clk *__of_clk_get_from_provider(struct of_phandle_args *clkspec,
				       const char *dev_id, const char *con_id);
struct clk *__clk_create_clk(struct clk_hw *hw, const char *dev_id,
			     const char *con_id);
void __clk_free_clk(struct clk *clk);
void __clk_put(struct clk *clk);
